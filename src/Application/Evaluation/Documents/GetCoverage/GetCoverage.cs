using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;

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
/// <param name="Cells">The figure of each cell with expected members, in name order.</param>
/// <param name="Missing">Who has not received it, a page at a time in Vietnamese name order (<c>totalCount</c>: all of them).</param>
public sealed record DocumentCoverageDto(
    Guid DocumentId, string Number, string Title, DateOnly AsOf, CoverageFigureDto Total, IReadOnlyList<CoverageFigureDto> Cells, PagedList<CoverageMissingDto> Missing);

/// <summary>
/// Coverage of a document in the subtree of <see cref="OrganizationId"/> (default: the caller's organisation when it
/// lies under the document's register, else the register's organisation) on <see cref="AsOf"/> (default today): the
/// probationary and full members counted that day, and which of them were present at a meeting that disseminated it
/// or caught up, on or before that day; <see cref="Page"/> and <see cref="PageSize"/> page the members missing (ADR 0075).
/// </summary>
public sealed record GetDocumentCoverageQuery(
    Guid DocumentId, Guid? OrganizationId = null, DateOnly? AsOf = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<DocumentCoverageDto>;

public sealed class GetDocumentCoverageValidator : AbstractValidator<GetDocumentCoverageQuery>
{
    public GetDocumentCoverageValidator()
    {
        RuleFor(q => q.AsOf).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class GetDocumentCoverageHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, MembershipStatisticsOptions options)
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

        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(root.Path))
            .Select(o => new { o.Id, o.Name, o.NameFolded }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var ids = organizations.Keys.ToList();

        // Counted in the database (ADR 0075, CoverageQueries); only the page of the members missing is read. Before,
        // the whole roster and every missing member's name were read and returned (a committee's document over 1M
        // members: 41 s, 136 MB).
        var queries = new CoverageQueries(db, ids, document.Id, asOf);
        // The members expected per cell from the dated counts' roster rows when they are ready (ADR 0091: the cells'
        // changes since the day, not their members), else counted member by member (ADR 0075).
        var ready = await db.ReadyAsync(options, cancellationToken);
        var expectedByCell = ready
            ? await db.RosterCountsOnAsync(ids, asOf, cancellationToken)
            : await queries.ExpectedPerCell().ToDictionaryAsync(g => g.CellId, g => g.Count, cancellationToken);
        var expectedTotal = expectedByCell.Values.Sum();
        // Those of them who received it: from the dated counts' received rows when ready (ADR 0093); else from the
        // document's receipts when they are fewer than the members expected (a document before its meetings has none), else
        // by testing each member expected (ADR 0075).
        var receivedByCell = ready
            ? await db.ReceivedCountsOnAsync(ids, document.Id, asOf, cancellationToken)
            : await (await queries.Receipts().Take(expectedTotal).CountAsync(cancellationToken) < expectedTotal
                    ? queries.ReceivedPerCellFromReceipts()
                    : queries.ReceivedPerCell())
                .ToDictionaryAsync(g => g.CellId, g => g.Count, cancellationToken);
        var cells = expectedByCell
            .InNameOrder(c => organizations[c.Key].NameFolded, c => organizations[c.Key].Name, c => c.Key)
            .Select(c => Figure(c.Key, organizations[c.Key].Name, c.Value, receivedByCell.GetValueOrDefault(c.Key)))
            .ToList();
        var total = Figure(root.Id, root.Name, expectedTotal, receivedByCell.Values.Sum());

        // The page of the members missing: read and sorted when they are few; when they are most of the register (a
        // committee's document before its meetings) by walking the register in name order and testing each member,
        // which stops after the page (the member list's rule, ADR 0059).
        var missingCount = total.Expected - total.Received;
        var skip = (query.Page - 1) * query.PageSize;
        var walk = await RegisterTotal.WalkTheOrderAsync(db, options, missingCount, (long)skip + query.PageSize, cancellationToken);
        var missing = walk ? queries.MissingByWalk() : queries.MissingSorted();

        return new DocumentCoverageDto(document.Id, document.Number, document.Title, asOf, total, cells, new PagedList<CoverageMissingDto>(
            await missing.Skip(skip).TakeAsConstant(query.PageSize).ToListAsync(cancellationToken), query.Page, query.PageSize, missingCount));
    }

    private static CoverageFigureDto Figure(Guid id, string name, int expected, int received) =>
        new(id, name, expected, received, DisseminationCoverage.PercentDown(received, expected), received == expected);

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

/// <summary>A cell's count of members.</summary>
public sealed record CellCount(Guid CellId, int Count);

/// <summary>
/// The statements of a document's coverage in the organisations <paramref name="organizationIds"/> on
/// <paramref name="asOf"/> (ADR 0075): the members expected (the roster's rule, <see cref="EvaluationAccess.ExpectedPlacementsOn"/>)
/// and those of them who received the document counted per cell, in two grouped statements rather than one with a
/// conditional count (SQL Server refuses a subquery inside an aggregate); the members missing in name order, read and
/// sorted or by walking the register's name index. Whether a member received the document is a test of that member
/// through the indexes by member, not the set of receivers (a committee's document may count hundreds of thousands):
/// a cell's coverage reads its members only.
/// </summary>
public sealed class CoverageQueries(IAppDbContext db, IReadOnlyCollection<Guid> organizationIds, Guid documentId, DateOnly asOf)
{
    private readonly IQueryable<MemberPlacement> expected = db.ExpectedPlacementsOn(organizationIds, asOf);

    /// <summary>Whether a member received the document on or before the day (<see cref="DocumentReceipts.ReceivedBy"/>).</summary>
    private Expression<Func<Guid, bool>> Received => DocumentReceipts.ReceivedBy(db, documentId, asOf);

    public IQueryable<CellCount> ExpectedPerCell() =>
        expected.GroupBy(p => p.OrganizationId).Select(g => new CellCount(g.Key, g.Count()));

    public IQueryable<CellCount> ReceivedPerCell() =>
        expected.Where(On<MemberPlacement>(p => p.MemberId)).GroupBy(p => p.OrganizationId).Select(g => new CellCount(g.Key, g.Count()));

    /// <summary>The document's receipts by the day in the register (a member may have several): what <see cref="ReceivedPerCellFromReceipts"/> reads.</summary>
    public IQueryable<DocumentReceipt> Receipts() => DocumentReceipts.Of(db, documentId, asOf);

    /// <summary>
    /// <see cref="ReceivedPerCell"/> driven from the document's receipts: each receiver's placements looked up by member
    /// and tested as expected, for when the receipts are fewer than the members expected.
    /// </summary>
    public IQueryable<CellCount> ReceivedPerCellFromReceipts()
    {
        var receivers = Receipts().Select(r => r.MemberId);
        return expected.Where(p => receivers.Contains(p.MemberId)).GroupBy(p => p.OrganizationId).Select(g => new CellCount(g.Key, g.Count()));
    }

    /// <summary>The members missing: the expected not received, joined to their names and sorted.</summary>
    public IQueryable<CoverageMissingDto> MissingSorted() =>
        from p in expected.Where(On<MemberPlacement>(p => p.MemberId, negate: true))
        join m in db.Set<PartyMember>().AsNoTracking() on p.MemberId equals m.Id
        orderby m.NameSortKey, m.Id
        select new CoverageMissingDto(m.Id, m.FullName, p.OrganizationId);

    /// <summary>The same members, by walking the register in name order and testing each one (stops after the page).</summary>
    public IQueryable<CoverageMissingDto> MissingByWalk() =>
        from m in db.Set<PartyMember>().AsNoTracking().Where(On<PartyMember>(m => m.Id, negate: true))
        where expected.Any(p => p.MemberId == m.Id)
        orderby m.NameSortKey, m.Id
        select new CoverageMissingDto(m.Id, m.FullName, expected.Where(p => p.MemberId == m.Id).Select(p => p.OrganizationId).First());

    /// <summary><see cref="Received"/> (or its negation) on the member identified by <paramref name="member"/>.</summary>
    private Expression<Func<T, bool>> On<T>(Expression<Func<T, Guid>> member, bool negate = false)
    {
        var received = Received;
        var body = ReplacingExpressionVisitor.Replace(received.Parameters[0], member.Body, received.Body);
        return Expression.Lambda<Func<T, bool>>(negate ? Expression.Not(body) : body, member.Parameters);
    }
}
