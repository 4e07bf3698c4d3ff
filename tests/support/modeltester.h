#pragma once

// Runs QAbstractItemModelTester in warning mode and turns its complaints into GoogleTest
// failures, so a broken model fails the test instead of aborting the whole executable.
#include <QAbstractItemModelTester>
#include <QStringList>

#include <memory>

#include <gtest/gtest.h>

namespace policylens::testing {

class ModelTesterGuard
{
public:
    explicit ModelTesterGuard(QAbstractItemModel *model)
    {
        messages().clear();
        m_previous = qInstallMessageHandler(&ModelTesterGuard::handler);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelTesterGuard()
    {
        m_tester.reset();
        qInstallMessageHandler(m_previous);
        EXPECT_TRUE(messages().isEmpty()) << messages().join(QLatin1Char('\n')).toStdString();
    }

private:
    static QStringList &messages()
    {
        static QStringList list;
        return list;
    }
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && QByteArray(context.category) == "qt.modeltest")
            messages() << message;
    }

    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace policylens::testing
