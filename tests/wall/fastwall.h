// The wall as the soak runs drive it: full HD, offscreen, its panels turning and its pins lasting
// two seconds, so a few minutes show every panel many times.
#pragma once

#include "demowatch.h"

#include "models/assessment/assessmentstore.h"
#include "views/wall/wallwindow.h"

#include <memory>

inline std::unique_ptr<Gatehouse::WallWindow> showFastWall(DemoWatch& watch,
                                                           Gatehouse::AssessmentStore& assessments)
{
    Gatehouse::WallOptions options;
    options.rotationSeconds = 2;
    options.pinSeconds = 2;
    auto wall =
        std::make_unique<Gatehouse::WallWindow>(*watch.session, &assessments, watch.clock, options);
    wall->resize(1920, 1080);
    wall->show();
    return wall;
}
