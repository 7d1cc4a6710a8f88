// SPDX-License-Identifier: MIT
// The reference of the first-frame benchmark (tests/bench/bench_firstframe.sh): a minimal QWizard in the
// style nestready's window uses, with the same pages and the same rows as nestready's first frame shows
// and builds -- a Welcome page (title, subtitle, three paragraphs, a language picker), then a machine page,
// a requirements page with one row (icon, title, summary, a button) per check, a guide page and a summary
// page -- and nothing else: no core, no session, no translations, no icons from resources.
//   bench_minimal_wizard [rows]   (default: the number of Linux checks nestready shows, see the script)
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace {
QLabel *paragraph(const QString &text) {
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QWizardPage *textPage(const QString &title, int paragraphs) {
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(QStringLiteral("A subtitle of about the length nestready's pages have."));
    auto *layout = new QVBoxLayout(page);
    for (int i = 0; i < paragraphs; ++i)
        layout->addWidget(
            paragraph(QStringLiteral("A paragraph of text that wraps over more than one line in a "
                                     "window of the size the wizard opens at, as nestready's do.")));
    layout->addStretch(1);
    return page;
}
} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;

    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("minimal wizard"));
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setOption(QWizard::NoBackButtonOnStartPage);

    QWizardPage *welcome = textPage(QStringLiteral("Can iEchor Desktop run on this machine?"), 3);
    auto *languageRow = new QHBoxLayout;
    auto *language = new QComboBox;
    for (const char *name : {"English", "Deutsch", "Español", "Français", "日本語", "简体中文"})
        language->addItem(QString::fromUtf8(name));
    languageRow->addWidget(new QLabel(QStringLiteral("&Language:")));
    languageRow->addWidget(language);
    languageRow->addStretch(1);
    static_cast<QVBoxLayout *>(welcome->layout())->addLayout(languageRow);
    wizard.addPage(welcome);
    wizard.addPage(textPage(QStringLiteral("This machine"), 2));

    auto *requirements = new QWizardPage;
    requirements->setTitle(QStringLiteral("Requirements"));
    auto *list = new QVBoxLayout(requirements);
    const QIcon icon = app.style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (int i = 0; i < rows; ++i) {
        auto *row = new QHBoxLayout;
        auto *iconLabel = new QLabel;
        iconLabel->setPixmap(icon.pixmap(16, 16));
        row->addWidget(iconLabel, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->addWidget(new QLabel(QStringLiteral("<b>Requirement %1</b>").arg(i + 1)));
        text->addWidget(paragraph(QStringLiteral("Checking…")));
        row->addLayout(text, 1);
        row->addWidget(new QPushButton(QStringLiteral("Details")), 0, Qt::AlignTop);
        list->addLayout(row);
    }
    list->addStretch(1);
    wizard.addPage(requirements);
    wizard.addPage(textPage(QStringLiteral("Guide"), 3));
    wizard.addPage(textPage(QStringLiteral("Summary"), 2));

    wizard.resize(860, 640);
    wizard.show();
    return QApplication::exec();
}
