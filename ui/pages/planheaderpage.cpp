// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/planheaderpage.h"

#include "document/plandocument.h"
#include "models/referencemodel.h"
#include "widgets/planfieldbinding.h"
#include "widgets/readinesspanel.h"
#include "widgets/recordtableeditor.h"

#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
QString fieldLabel(PlanField field)
{
    switch (field) {
    case PlanField::Title:
        return PlanHeaderPage::tr("&Title: *", "the asterisk marks a field that must be filled in");
    case PlanField::Organisation:
        return PlanHeaderPage::tr("&Organisation:");
    case PlanField::Version:
        return PlanHeaderPage::tr("&Version:");
    case PlanField::Classification:
        return PlanHeaderPage::tr("&Classification:");
    case PlanField::EffectiveDate:
        return PlanHeaderPage::tr("&Effective date:");
    case PlanField::TimeZone:
        return PlanHeaderPage::tr("Time &zone:");
    case PlanField::Purpose:
        return PlanHeaderPage::tr("&Purpose:");
    case PlanField::ScopeNote:
        return PlanHeaderPage::tr("&Scope statement:");
    case PlanField::Interpretation:
        return PlanHeaderPage::tr("&Interpretation:");
    case PlanField::Precedence:
        return PlanHeaderPage::tr("P&recedence of law:");
    case PlanField::Supplementary:
        return PlanHeaderPage::tr("S&upplementary provisions:");
    case PlanField::WarningTerms:
        return PlanHeaderPage::tr("&Warnings issued and lifted:");
    case PlanField::Aftermath:
        return PlanHeaderPage::tr("&After an emergency:");
    case PlanField::DutyMaxHours:
        break; // on the duty roster, not in this form
    }
    return {};
}
} // namespace

PlanHeaderPage::PlanHeaderPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *content = new QWidget;
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_titleEdit = addLine(PlanField::Title, "titleEdit");
    addLine(PlanField::Organisation, "organisationEdit");
    addLine(PlanField::Version, "versionEdit");
    addLine(PlanField::Classification, "classificationEdit");
    QLineEdit *date = addLine(PlanField::EffectiveDate, "effectiveDateEdit");
    date->setMaximumWidth(date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_dateEdit = date;
    // The zone's IANA id, offered as one types ("Shang" finds Asia/Shanghai).
    QLineEdit *zone = addLine(PlanField::TimeZone, "timeZoneEdit");
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        zones << QString::fromUtf8(id);
    }
    auto *completer = new QCompleter(zones, zone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    zone->setCompleter(completer);
    zone->setMaximumWidth(
        zone->fontMetrics().horizontalAdvance(QStringLiteral("America/Argentina/Buenos_Aires")) * 3 / 2);
    addText(PlanField::Purpose, "purposeEdit");
    addText(PlanField::ScopeNote, "scopeNoteEdit");

    m_references = new ReferenceModel(document, this);
    m_referenceEditor = new RecordTableEditor(m_references, document->isReadOnly(), this);
    m_referenceEditor->setObjectName(QStringLiteral("referenceEditor"));
    m_referenceEditor->view()->setMinimumHeight(160);
    m_form->addRow(m_referenceEditor);

    addText(PlanField::WarningTerms, "warningTermsEdit");
    addText(PlanField::Aftermath, "aftermathEdit");
    addText(PlanField::Interpretation, "interpretationEdit");
    addText(PlanField::Precedence, "precedenceEdit");
    addText(PlanField::Supplementary, "supplementaryEdit");

    content->setLayout(m_form);
    m_scroll = new QScrollArea(this);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, and the area scrolls to them
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // What must still be fixed stands above the header, outside its scroll
    // area, so that it is the first thing seen when the plan opens.
    m_readiness = new ReadinessPanel(document, this);
    connect(m_readiness, &ReadinessPanel::findingActivated, this, &PlanHeaderPage::findingActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *readinessLayout = new QVBoxLayout;
    readinessLayout->setContentsMargins(m_form->contentsMargins());
    readinessLayout->addWidget(m_readiness);
    layout->addLayout(readinessLayout);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
}

QLineEdit *PlanHeaderPage::addLine(PlanField field, const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    auto *label = new QLabel;
    label->setBuddy(edit);
    m_labels.insert(field, label);
    m_form->addRow(label, edit);
    auto *binding = new PlanFieldBinding(m_document, field, edit);
    connect(binding, &PlanFieldBinding::rejected, this, &PlanHeaderPage::problem);
    m_bindings << binding;
    return edit;
}

QPlainTextEdit *PlanHeaderPage::addText(PlanField field, const char *objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 8);
    auto *label = new QLabel;
    label->setBuddy(edit);
    m_labels.insert(field, label);
    m_form->addRow(label, edit);
    m_bindings << new PlanFieldBinding(m_document, field, edit);
    return edit;
}

bool PlanHeaderPage::selectRecord(const QString &table, qint64 id)
{
    if (table == m_references->table()) {
        if (!m_referenceEditor->selectRecord(id)) {
            return false;
        }
        m_scroll->ensureWidgetVisible(m_referenceEditor);
        return true;
    }
    if (table != QLatin1String("plan") || id != 1) {
        return false;
    }
    m_titleEdit->setFocus(Qt::OtherFocusReason); // the one field of the plan record a finding names
    return true;
}

void PlanHeaderPage::commitPending()
{
    for (PlanFieldBinding *binding : std::as_const(m_bindings)) {
        binding->commit();
    }
}

void PlanHeaderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PlanHeaderPage::retranslateUi()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        it.value()->setText(fieldLabel(it.key()));
    }
    m_referenceEditor->setCaption(tr("Basis: laws, standards and documents the plan rests on"));
    m_dateEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_titleEdit->setPlaceholderText(tr("Required: it heads every page of the printed plan"));
}

} // namespace fallback::ui
