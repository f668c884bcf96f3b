using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;

namespace PartyCommittee.Application.Inspection.Topics.RetireInspectionTopic;

/// <summary>The day an organisation's topic stops being offered.</summary>
/// <param name="RetiredOn">Day of retirement (on or after the day it was added).</param>
public sealed record TopicRetirement([property: Required] DateOnly? RetiredOn);

public sealed record RetireInspectionTopicCommand(Guid Id, long ExpectedVersion, TopicRetirement Retirement) : ICommand<InspectionTopicDto>;

public sealed class RetireInspectionTopicValidator : AbstractValidator<RetireInspectionTopicCommand>
{
    public RetireInspectionTopicValidator(TimeProvider time) => RuleFor(c => c.Retirement.RetiredOn).NotNull().IsEventDate(time).OverridePropertyName("retiredOn");
}

/// <summary>Retires an organisation's topic: no longer offered to new decisions and programmes; cases that chose it keep it.</summary>
public sealed class RetireInspectionTopicHandler(IAppDbContext db, IOrganizationScope scope) : ICommandHandler<RetireInspectionTopicCommand, InspectionTopicDto>
{
    public async ValueTask<InspectionTopicDto> Handle(RetireInspectionTopicCommand command, CancellationToken cancellationToken)
    {
        var topic = await db.LoadTopicAsync(scope, command.Id, tracking: true, cancellationToken);
        topic.EnsureVersion(command.ExpectedVersion);
        topic.Retire(command.Retirement.RetiredOn!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return topic.ToDto();
    }
}
