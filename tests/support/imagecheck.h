// Test help for pictures of widgets: the colours found on a grid of sample points (a blank or
// one-colour picture has very few), and keeping the picture when GATEHOUSE_SCREENSHOT_DIR is set.
#pragma once

#include <QImage>
#include <QSet>
#include <QString>

inline QSet<QRgb> sampledColours(const QImage& image, int step = 5)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step)
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    return colours;
}

inline void keepScreenshot(const QImage& image, const QString& fileName)
{
    const QString folder = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        image.save(folder + u'/' + fileName);
}
