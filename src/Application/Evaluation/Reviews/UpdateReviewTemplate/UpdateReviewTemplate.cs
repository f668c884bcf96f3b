using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Reviews.CreateReviewTemplate;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Evaluation.Reviews.UpdateReviewTemplate;

/// <summary>Replaces a template not yet used by a review (409 <c>review_template.in_use</c> otherwise: supersede it).</summary>
public sealed record UpdateReviewTemplateCommand(Guid Id, long ExpectedVersion, ReviewTemplateInput Template) : ICommand<ReviewTemplateDto>;

public sealed class UpdateReviewTemplateValidator : AbstractValidator<UpdateReviewTemplateCommand>
{
    public UpdateReviewTemplateValidator() => this.AddTemplateRules(c => c.Template);
}

public sealed class UpdateReviewTemplateHandler(IAppDbContext db, IOrganizationScope scope)
    : ICommandHandler<UpdateReviewTemplateCommand, ReviewTemplateDto>
{
    public ValueTask<ReviewTemplateDto> Handle(UpdateReviewTemplateCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.Template.OrganizationId!.Value)], async ct =>
        {
            var template = await db.ReviewTemplates.Include(t => t.Criteria).FirstOrDefaultAsync(t => t.Id == command.Id, ct);
            if (template is null || !await scope.CoversAsync(template.OrganizationId, ct))
            {
                throw new NotFoundException("review_template.not_found", "Review template", command.Id);
            }

            template.EnsureVersion(command.ExpectedVersion);
            if (command.Template.OrganizationId != template.OrganizationId)
            {
                throw new DomainRuleException("review_template.owner_cannot_change", "A template stays its committee's.", RuleViolationKind.Unprocessable);
            }

            var inUse = await db.MonthlyReviews.AnyAsync(r => r.TemplateId == template.Id, ct);
            template.Change(command.Template.Name!, command.Template.EffectiveFrom!.Value, command.Template.Texts(), await db.DatesInUseAsync(template.OrganizationId, template.Id, ct), inUse);
            db.ReviewTemplates.Entry(template).Property(t => t.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(ct);
            return await db.ToDtoAsync(template, ct);
        }, cancellationToken));
}
