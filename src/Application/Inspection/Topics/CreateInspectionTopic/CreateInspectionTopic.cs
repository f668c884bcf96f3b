using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Topics;

namespace PartyCommittee.Application.Inspection.Topics.CreateInspectionTopic;

/// <summary>A topic an organisation adds.</summary>
/// <param name="OrganizationId">The organisation (in scope).</param>
/// <param name="Code">Code starting with ORG- (unique).</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Document">The document it follows (number and date).</param>
/// <param name="AddedOn">Day from which it is offered.</param>
public sealed record CreateInspectionTopicCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] string? Code,
    [property: Required] string? NameVi,
    [property: Required] string? NameEn,
    string? Document,
    [property: Required] DateOnly? AddedOn) : ICommand<InspectionTopicDto>;

public sealed class CreateInspectionTopicValidator : AbstractValidator<CreateInspectionTopicCommand>
{
    public CreateInspectionTopicValidator(TimeProvider time)
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty().MaximumLength(OrganizationTopic.CodeMaxLength).Matches("^[A-Za-z0-9-]+$");
        RuleFor(c => c.NameVi).NotEmpty().MaximumLength(OrganizationTopic.NameMaxLength);
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(OrganizationTopic.NameMaxLength);
        RuleFor(c => c.Document).MaximumLength(OrganizationTopic.NameMaxLength);
        RuleFor(c => c.AddedOn).NotNull().IsEventDate(time);
    }
}

/// <summary>Adds an ORG- topic for an organisation in scope (422 <c>inspection.organization_not_found</c> outside; 409 <c>inspection.topic_exists</c>).</summary>
public sealed class CreateInspectionTopicHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateInspectionTopicCommand, InspectionTopicDto>
{
    public async ValueTask<InspectionTopicDto> Handle(CreateInspectionTopicCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationInScopeAsync(scope, command.OrganizationId!.Value, cancellationToken);
        var topic = OrganizationTopic.Add(
            Ids.NewVersion7(time.GetUtcNow()), organization.Id, command.Code!, command.NameVi!, command.NameEn!, command.Document, command.AddedOn!.Value);
        if (await db.OrganizationTopics.AnyAsync(t => t.Code == topic.Code, cancellationToken) || InspectionTopicCatalog.AnyVersion(topic.Code) is not null)
        {
            throw new ConflictException("inspection.topic_exists", "The topic code is already in use.", topic.Code);
        }

        db.OrganizationTopics.Add(topic);
        await db.SaveChangesAsync(cancellationToken);
        return topic.ToDto();
    }
}
