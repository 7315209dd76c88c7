// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/welcomepage.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fallback::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_newButton = new QPushButton(this);
    m_openButton = new QPushButton(this);
    m_defaultButton = new QPushButton(this);
    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_defaultButton, &QPushButton::clicked, this, &WelcomePage::openDefaultRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addWidget(m_defaultButton);
    column->addWidget(m_newButton);
    column->addWidget(m_openButton);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addLayout(column);
    layout->addStretch();
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_heading->setText(tr("No plan is open"));
    m_text->setText(tr("Open your own plan, create a new one from the built-in template, or open a plan file."));
    m_defaultButton->setText(tr("Open &my plan"));
    m_newButton->setText(tr("&New plan..."));
    m_openButton->setText(tr("&Open plan..."));
}

} // namespace fallback::ui
