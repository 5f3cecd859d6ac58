/**
 * Consultation windows on a programme's draft strategy and the partners' responses. The
 * {@link org.lis.engagement.consultation.command.Consultation} aggregate keeps the window's rules; the
 * {@link org.lis.engagement.consultation.command.ConsultationCommandHandler} checks the programme and the partner
 * around it.
 */
package org.lis.engagement.consultation.command;
