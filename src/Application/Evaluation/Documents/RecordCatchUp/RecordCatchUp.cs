using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Documents.RecordCatchUp;

/// <summary>A member who missed the meeting that disseminated a document received it later.</summary>
/// <param name="MemberId">The member, counted in a cell in the caller's scope on <paramref name="ReceivedOn"/>.</param>
/// <param name="ReceivedOn">The day the member received (studied) the document; not before its issue, not in the future.</param>
/// <param name="Note">How, e.g. "Nghiên cứu tài liệu, báo cáo thu hoạch" (optional).</param>
public sealed record CatchUpInput(
    [property: Required] Guid? MemberId,
    [property: Required] DateOnly? ReceivedOn,
    string? Note);

/// <summary>A recorded catch-up.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="MemberId">The member.</param>
/// <param name="OrganizationId">The member's cell on the day.</param>
/// <param name="ReceivedOn">The day received.</param>
/// <param name="Note">How, if said.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record CatchUpDto(Guid Id, Guid DocumentId, Guid MemberId, Guid OrganizationId, DateOnly ReceivedOn, string? Note, long Version) : IVersioned;

public sealed record RecordCatchUpCommand(Guid DocumentId, CatchUpInput CatchUp) : ICommand<CatchUpDto>;

public sealed class RecordCatchUpValidator : AbstractValidator<RecordCatchUpCommand>
{
    public RecordCatchUpValidator(TimeProvider time)
    {
        RuleFor(c => c.CatchUp.MemberId).NotEmpty().OverridePropertyName("memberId");
        RuleFor(c => c.CatchUp.ReceivedOn).NotNull().IsEventDate(time).OverridePropertyName("receivedOn");
        RuleFor(c => c.CatchUp.Note).MaximumLength(DocumentCatchUp.NoteMaxLength).OverridePropertyName("note");
    }
}

public sealed class RecordCatchUpHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<RecordCatchUpCommand, CatchUpDto>
{
    public async ValueTask<CatchUpDto> Handle(RecordCatchUpCommand command, CancellationToken cancellationToken)
    {
        var (document, register) = await db.LoadDocumentVisibleAsync(scope, command.DocumentId, tracking: false, cancellationToken);
        var input = command.CatchUp;
        var receivedOn = input.ReceivedOn!.Value;
        var memberId = input.MemberId!.Value;
        var cells = await scope.SubtreeAsync(null, cancellationToken);
        var underRegister = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(register.Path)).Select(o => o.Id).ToListAsync(cancellationToken);
        var placed = (await db.RosterOnAsync(cells, receivedOn, cancellationToken, memberId)).FirstOrDefault(r => underRegister.Contains(r.OrganizationId))
            ?? throw new DomainRuleException(
                "document.member_not_found",
                "The member is not counted in a cell in your scope on that day.",
                RuleViolationKind.Unprocessable,
                memberId,
                WireFormat.Date(receivedOn));

        // One catch-up per member and document: the cell's lock orders concurrent records of the same member.
        return await db.ExclusiveAsync([Locks.Organization(placed.OrganizationId)], async ct =>
        {
            var presentOn = await DocumentReceipts.AtMeetings(db, document.Id, receivedOn).Where(r => r.MemberId == memberId)
                .OrderBy(r => r.ReceivedOn).Select(r => (DateOnly?)r.ReceivedOn).FirstOrDefaultAsync(ct);
            var caughtUpOn = await db.DocumentCatchUps.Where(c => c.DocumentId == document.Id && c.MemberId == memberId)
                .Select(c => (DateOnly?)c.ReceivedOn).FirstOrDefaultAsync(ct);

            var catchUp = DocumentCatchUp.Record(
                Ids.NewVersion7(time.GetUtcNow()), document, memberId, placed.OrganizationId, receivedOn, input.Note, presentOn ?? caughtUpOn);
            db.DocumentCatchUps.Add(catchUp);
            await db.SaveChangesAsync(ct);
            return new CatchUpDto(catchUp.Id, catchUp.DocumentId, catchUp.MemberId, catchUp.OrganizationId, catchUp.ReceivedOn, catchUp.Note, catchUp.Version);
        }, cancellationToken);
    }
}
