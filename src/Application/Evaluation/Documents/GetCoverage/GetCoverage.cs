using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Documents.GetCoverage;

/// <summary>Coverage of a document in one organisation.</summary>
/// <param name="OrganizationId">The organisation (a cell, or the subtree's root for the totals).</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Expected">Probationary and full members counted there on the as-of day.</param>
/// <param name="Received">Of them, those who received the document on or before that day.</param>
/// <param name="Percent">Received / expected × 100, rounded down to one decimal (100 when nobody is expected).</param>
/// <param name="Complete">True only when every expected member received it.</param>
public sealed record CoverageFigureDto(Guid OrganizationId, string OrganizationName, int Expected, int Received, decimal Percent, bool Complete);

/// <summary>A member expected to receive the document who has not.</summary>
public sealed record CoverageMissingDto(Guid MemberId, string FullName, Guid OrganizationId);

/// <summary>How far a document reached the members of an organisation's subtree on a day.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Number">Its number.</param>
/// <param name="Title">Its title.</param>
/// <param name="AsOf">The day counted.</param>
/// <param name="Total">The subtree's figure.</param>
/// <param name="Cells">The figure of each cell with expected members.</param>
/// <param name="Missing">Who has not received it.</param>
public sealed record DocumentCoverageDto(
    Guid DocumentId, string Number, string Title, DateOnly AsOf, CoverageFigureDto Total, IReadOnlyList<CoverageFigureDto> Cells, IReadOnlyList<CoverageMissingDto> Missing);

/// <summary>
/// Coverage of a document in the subtree of <see cref="OrganizationId"/> (default: the caller's organisation when it
/// lies under the document's register, else the register's organisation) on <see cref="AsOf"/> (default today): the
/// probationary and full members counted that day, and which of them were present at a meeting that disseminated it
/// or caught up, on or before that day.
/// </summary>
public sealed record GetDocumentCoverageQuery(Guid DocumentId, Guid? OrganizationId = null, DateOnly? AsOf = null) : IQuery<DocumentCoverageDto>;

public sealed class GetDocumentCoverageValidator : AbstractValidator<GetDocumentCoverageQuery>
{
    public GetDocumentCoverageValidator() => RuleFor(q => q.AsOf).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
}

public sealed class GetDocumentCoverageHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : IQueryHandler<GetDocumentCoverageQuery, DocumentCoverageDto>
{
    public async ValueTask<DocumentCoverageDto> Handle(GetDocumentCoverageQuery query, CancellationToken cancellationToken)
    {
        var (document, register) = await db.LoadDocumentVisibleAsync(scope, query.DocumentId, tracking: false, cancellationToken);
        var asOf = query.AsOf ?? time.TodayInVietnam();
        var rootId = query.OrganizationId ?? await DefaultRootAsync(register, cancellationToken);
        var root = await db.LoadOrganizationInScopeAsync(scope, rootId, cancellationToken);
        if (!root.Path.StartsWith(register.Path, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                "document.coverage_outside_register",
                "The organisation is not under the register that holds the document.",
                RuleViolationKind.Unprocessable,
                root.Code);
        }

        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(root.Path)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var ids = organizations.Select(o => o.Id).ToList();
        var roster = (await db.RosterOnAsync(ids, asOf, cancellationToken)).Where(r => r.IsExpected).ToList();
        var received = await ReceivedAsync(db, document.Id, asOf, cancellationToken);

        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var total = DisseminationCoverage.Of(roster.Select(r => r.MemberId), received);
        var cells = roster.GroupBy(r => r.OrganizationId)
            .Select(g => (Id: g.Key, Coverage: DisseminationCoverage.Of(g.Select(r => r.MemberId), received)))
            .Select(c => Figure(c.Id, names[c.Id], c.Coverage))
            .OrderBy(c => c.OrganizationName, StringComparer.Ordinal)
            .ToList();

        var missingIds = total.MissingMemberIds.ToList();
        var missingNames = await db.Members.AsNoTracking().Where(m => missingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.NameSortKey }).ToListAsync(cancellationToken);
        var cellOf = roster.ToDictionary(r => r.MemberId, r => r.OrganizationId);
        var missing = missingNames.OrderBy(m => m.NameSortKey, StringComparer.Ordinal)
            .Select(m => new CoverageMissingDto(m.Id, m.FullName, cellOf[m.Id]))
            .ToList();

        return new DocumentCoverageDto(document.Id, document.Number, document.Title, asOf, Figure(root.Id, root.Name, total), cells, missing);
    }

    /// <summary>The members who received the document on or before <paramref name="asOf"/>: present at a meeting that disseminated it, or caught up.</summary>
    public static async Task<HashSet<Guid>> ReceivedAsync(IAppDbContext db, Guid documentId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var present = await (from md in db.MeetingDocuments
                             join m in db.CellMeetings on md.MeetingId equals m.Id
                             join a in db.MeetingAttendances on m.Id equals a.MeetingId
                             where md.DocumentId == documentId && m.HeldOn <= asOf && a.Status == AttendanceStatus.Present
                             select a.MemberId).ToListAsync(cancellationToken);
        var caughtUp = await db.DocumentCatchUps.Where(c => c.DocumentId == documentId && c.ReceivedOn <= asOf).Select(c => c.MemberId).ToListAsync(cancellationToken);
        return [.. present, .. caughtUp];
    }

    private static CoverageFigureDto Figure(Guid id, string name, DisseminationCoverage c) => new(id, name, c.Expected, c.Received, c.Percent, c.Complete);

    private async Task<Guid> DefaultRootAsync(Domain.Organization.PartyOrganization register, CancellationToken cancellationToken)
    {
        if (user.OrganizationId is { } own)
        {
            var path = await db.Organizations.AsNoTracking().Where(o => o.Id == own).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
            if (path is not null && path.StartsWith(register.Path, StringComparison.Ordinal))
            {
                return own;
            }
        }

        return register.Id;
    }
}
