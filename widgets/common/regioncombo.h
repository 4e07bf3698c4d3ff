#pragma once

#include <QComboBox>

namespace policylens {

class Catalog;

// Picks a region among several hundred: typing filters by any part of the name (杭州, Yuhang).
// currentData() is the regions.id, or an empty string for "Region unknown".
class RegionCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionCombo)

public:
    explicit RegionCombo(QWidget *parent = nullptr);
    ~RegionCombo() override;

    void fill(const Catalog &catalog, bool chinese);
    void setRegionId(qint64 id); // 0: unknown
    qint64 regionId() const; // 0: unknown
};

} // namespace policylens
