#pragma once

#include <QEvent>

namespace policylens {

// A widget, dialog or window whose texts follow the UI language without a restart. Qt sends
// QEvent::LanguageChange to every widget when LanguageManager swaps the translator; this base
// turns it into retranslateUi() (which the subclass also calls once, at the end of its
// constructor) followed by reloadForLanguage(). Every view used to write that changeEvent
// itself. Base is the Qt class the subclass would otherwise derive from (QWidget, QDialog,
// QMainWindow); the subclass keeps its own Q_OBJECT.
template<class Base> class Retranslating : public Base
{
public:
    using Base::Base;
    Retranslating(const Retranslating &) = delete;
    Retranslating &operator=(const Retranslating &) = delete;
    Retranslating(Retranslating &&) = delete;
    Retranslating &operator=(Retranslating &&) = delete;
    ~Retranslating() override = default;

protected:
    // Sets every tr() text of the widget.
    virtual void retranslateUi() = 0;
    // What else a new language changes: names read from the workspace in the UI language
    // (regions, indicators, units). Nothing by default.
    virtual void reloadForLanguage() { }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
            reloadForLanguage();
        }
        Base::changeEvent(event);
    }
};

} // namespace policylens
