// SPDX-License-Identifier: MIT
#include "resultrow.h"

#include "disclosure.h"
#include "labels.h"

#include "guides/guide.h"
#include "session.h"
#include "statusicons.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace nestready::gui {

namespace {
// The same for every row of a page: measured once per font and language (shaping the eight words was a
// quarter of building a row).
int widestStatusWord(const QFont &font) {
    const QStringList words{ResultRow::tr("Checking…"),
                            ResultRow::tr("Still checking…"),
                            ResultRow::tr("Couldn't check"),
                            statusDisplayName(Status::Pass).toString(),
                            statusDisplayName(Status::Warn).toString(),
                            statusDisplayName(Status::Fail).toString(),
                            statusDisplayName(Status::Unknown).toString(),
                            statusDisplayName(Status::Skipped).toString()};
    static QHash<QString, int> measured;
    const QString key = font.key() + u'\n' + words.join(u'\n');
    if (const auto it = measured.constFind(key); it != measured.cend()) return *it;
    int widest = 0;
    const QFontMetrics metrics(font);
    for (const QString &w : words)
        widest = qMax(widest, metrics.horizontalAdvance(w));
    measured.insert(key, widest);
    return widest;
}
} // namespace

ResultRow::ResultRow(const Session *session, int row, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_row(row)
    , m_expand(new Expander)
    , m_fixButton(new QPushButton(tr("Fix")))
    , m_icon(new QLabel)
    , m_status(new QLabel)
    , m_title(new QLabel)
    , m_summary(wrappingLabel())
    , m_details(new QWidget)
    , m_why(wrappingLabel())
    , m_fix(wrappingLabel())
    , m_guideLink(new LinkLabel(QString(), QUrl()))
    , m_supportToggle(new Expander(tr("Details for support")))
    , m_support(new QWidget)
    , m_howFound(wrappingLabel()) {
    setFrameShape(QFrame::StyledPanel);
    const CheckResult &r = session->results().at(row);
    setObjectName(QStringLiteral("row-") + r.id);

    m_expand->setAccessibleName(tr("Details: %1").arg(r.title.toString()));
    m_expand->setToolTip(tr("Show or hide the details"));
    connect(m_expand, &QToolButton::toggled, this, &ResultRow::setExpanded);

    QFont bold = font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(r.title.toString());
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(3, 1);
    // The first line's parts share one centre line, whatever the icon size.
    grid->addWidget(m_expand, 0, 0, Qt::AlignVCenter);
    grid->addWidget(m_icon, 0, 1, Qt::AlignVCenter);
    grid->addWidget(m_status, 0, 2, Qt::AlignVCenter);
    grid->addWidget(m_title, 0, 3, Qt::AlignVCenter);
    m_fixButton->setAutoDefault(false);
    m_fixButton->setAccessibleName(tr("Fix: %1").arg(r.title.toString()));
    m_fixButton->setToolTip(tr("Open the guide at the step that fixes this"));
    m_fixButton->setVisible(false);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const CheckResult &res = m_session->results().at(m_row);
        Q_EMIT fixRequested(res.finding.guide, res.id);
    });
    grid->addWidget(m_fixButton, 0, 4, Qt::AlignVCenter);
    grid->addWidget(m_summary, 1, 3);
    grid->addWidget(m_details, 2, 3);
    // The status words line up across rows: reserve the widest one.
    m_status->setMinimumWidth(widestStatusWord(bold) + fontMetrics().averageCharWidth());

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(headingLabel(tr("Why it matters")));
    m_why->setText(r.why.toString());
    details->addWidget(m_why);
    details->addWidget(headingLabel(tr("How to fix it")));
    details->addWidget(m_fix);
    // The guide is a link of its own (one Tab stop, role Link), not an <a> inside the remedy's text.
    connect(m_guideLink, &LinkLabel::activated, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("guide")) Q_EMIT guideRequested(url.path());
    });
    details->addWidget(m_guideLink);
    m_supportToggle->setAccessibleName(tr("Details for support: %1").arg(r.title.toString()));
    details->addWidget(m_supportToggle, 0, Qt::AlignLeft);
    // How the check reached its finding quotes evidence (file paths, CPUID signatures, options such as
    // --cpuid-dump): for support, not for the person reading the row.
    auto *support = new QVBoxLayout(m_support);
    support->setContentsMargins(0, 0, 0, 0);
    support->addWidget(headingLabel(tr("What was found")));
    support->addWidget(m_howFound);
    m_support->setVisible(false);
    details->addWidget(m_support);
    // The raw evidence box is made when it is first opened: a text editor and a fixed-pitch font for each
    // of the rows, before anyone asks, were a fifth of building a row, in front of the window's first frame.
    connect(m_supportToggle, &QToolButton::toggled, this, [this, support](bool on) {
        if (on && !m_evidence) {
            m_evidence = new QPlainTextEdit;
            m_evidence->setReadOnly(true);
            m_evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            m_evidence->setAccessibleName(tr("Raw evidence for support"));
            m_evidence->setLineWrapMode(QPlainTextEdit::NoWrap);
            m_evidence->setTabChangesFocus(true);
            m_evidence->setFixedHeight(fontMetrics().height() * 10);
            support->addWidget(m_evidence);
        }
        if (on) m_evidence->setPlainText(evidenceText());
        m_support->setVisible(on);
    });
    m_details->setVisible(false);
    refresh(false);
}

void ResultRow::setExpanded(bool expanded) {
    if (m_expand->isChecked() != expanded) m_expand->setChecked(expanded);
    m_details->setVisible(expanded);
}

Status ResultRow::status() const {
    const CheckResult &r = m_session->results().at(m_row);
    return r.pending ? Status::Unknown : r.finding.status;
}

bool ResultRow::isExpanded() const {
    return m_expand->isChecked();
}

QString ResultRow::statusText() const {
    return m_status->text();
}

QString ResultRow::summaryText() const {
    return m_summary->text();
}

// Names of the probes that did not answer in time for this row's evidence, or an empty string.
QString ResultRow::timeoutReason() const {
    QStringList probes;
    for (const QString &key : m_session->results().at(m_row).evidence)
        if (const Evidence *e = m_session->evidence().find(key); e && e->outcome == Outcome::TimedOut)
            if (!probes.contains(e->source)) probes.append(e->source);
    if (probes.isEmpty()) return {};
    //: %1 is a list of probe names such as "dmi, system"
    return tr("No answer in time from: %1.").arg(probes.join(QStringLiteral(", ")));
}

void ResultRow::refresh(bool slow) {
    const CheckResult &r = m_session->results().at(m_row);
    Icon icon;
    QString word, summary;
    if (r.pending) {
        icon = Icon::Pending;
        word = slow ? tr("Still checking…") : tr("Checking…");
    } else if (const QString late = timeoutReason(); r.finding.status == Status::Unknown && !late.isEmpty()) {
        icon = Icon::Unknown;
        word = tr("Couldn't check");
        summary = late;
    } else {
        icon = iconFor(r.finding.status);
        word = statusDisplayName(r.finding.status).toString();
        summary = r.finding.summary.toString();
    }
    m_status->setText(word);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    if (int(icon) != m_iconKind) {
        m_iconKind = int(icon);
        m_icon->setPixmap(iconPixmap(icon, this));
    }
    m_icon->setAccessibleName(word);
    setAccessibleName(tr("%1: %2").arg(r.title.toString(), word));
    //: The button that opens a requirement's row: %1 is the status word, %2 the requirement
    m_expand->setAccessibleName(tr("Details: %1, %2").arg(word, r.title.toString()));
    m_fixButton->setVisible(!r.pending && r.finding.status == Status::Fail && guides::find(r.finding.guide));
    setAccessibleDescription(summary);

    // The one-line finding is the row's second line; what more was found is for support.
    m_howFound->setText(r.pending                     ? tr("Not yet known.")
                        : r.finding.details.isEmpty() ? tr("Nothing more than the finding above.")
                                                      : r.finding.details.toString());
    QString fix = r.finding.remedy.toString();
    if (fix.isEmpty()) fix = r.pending ? tr("Not yet known.") : tr("Nothing to do.");
    m_fix->setText(fix);
    const guides::Guide *g = r.pending ? nullptr : guides::find(r.finding.guide);
    if (g) {
        QUrl url;
        url.setScheme(QStringLiteral("guide"));
        url.setPath(r.finding.guide);
        m_guideLink->setLink(tr("Open the guide: %1").arg(guides::text(g->title)), url);
    }
    m_guideLink->setVisible(g != nullptr);
    if (m_evidence && m_evidence->isVisible()) m_evidence->setPlainText(evidenceText());
}

QString ResultRow::evidenceText() const {
    // Raw and untranslated on purpose: this is what support reads and what a report carries.
    QString out;
    const CheckResult &r = m_session->results().at(m_row);
    out += QStringLiteral("check %1: %2\n")
               .arg(r.id, r.pending ? QStringLiteral("pending") : word(r.finding.status));
    for (const QString &key : r.evidence) {
        const Evidence *e = m_session->evidence().find(key);
        if (!e) {
            out += QStringLiteral("\n[%1] pending\n").arg(key);
            continue;
        }
        out += QStringLiteral("\n[%1] %2 from %3 in %4 ms\n")
                   .arg(key, outcomeName(e->outcome), e->source)
                   .arg(double(e->elapsedUs) / 1000.0, 0, 'f', 1);
        if (!e->detail.isEmpty()) out += QStringLiteral("  detail: %1\n").arg(e->detail);
        if (!e->data.isEmpty()) {
            QString data = QString::fromUtf8(e->data.left(4096));
            if (e->data.size() > 4096) data += QStringLiteral("\n… (%1 bytes)").arg(e->data.size());
            out += data.trimmed() + u'\n';
        }
    }
    return out;
}

void ResultRow::changeEvent(QEvent *event) {
    // Light/dark switch or a new system font: redraw the icon in the new text colour and size.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_iconKind = -1;
        refresh(m_status->text() == tr("Still checking…"));
    }
    QFrame::changeEvent(event);
}

} // namespace nestready::gui
