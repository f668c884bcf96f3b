using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Members.ListMembers;

/// <summary>Members whose cell is in the subtree of <paramref name="OrganizationId"/> (default: the caller's scope).</summary>
public sealed record ListMembersQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    string? Search = null,
    Guid? OrganizationId = null,
    MemberStatus? Status = null,
    Sex? Sex = null,
    string? EthnicityCode = null,
    bool IncludeFormer = false) : IQuery<PagedList<MemberListItem>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "admissionDecisionDate", "birthYear", "partyCardNumber"];
}

public sealed class ListMembersValidator : AbstractValidator<ListMembersQuery>
{
    public ListMembersValidator()
    {
        this.AddPagingRules(ListMembersQuery.SortFields);
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Status).IsDefinedEnum();
        RuleFor(q => q.Sex).IsDefinedEnum();
    }
}

/// <summary>
/// Search is accent- and case-insensitive on the name ("nguyen van an" finds "Nguyễn Văn An", "d" finds "đ"), or
/// a party card number prefix; the default order is Vietnamese: given name, middle name, family name.
/// </summary>
public sealed class ListMembersHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<ListMembersQuery, PagedList<MemberListItem>>
{

    public async ValueTask<PagedList<MemberListItem>> Handle(ListMembersQuery query, CancellationToken cancellationToken)
    {
        var organizations = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var sort = SortOrder.Parse(query.Sort, "name");
        var unfiltered = organizations is null && query.Status is null && query.Sex is null && string.IsNullOrWhiteSpace(query.EthnicityCode)
            && string.IsNullOrWhiteSpace(query.Search) && !query.IncludeFormer;
        if (unfiltered && !sort.Descending && sort.Field is not ("admissionDecisionDate" or "birthYear" or "partyCardNumber"))
        {
            // The most frequent request of all, as compiled queries (issue 12, "Session 22"): the same two statements,
            // their expression trees built and parameters extracted once instead of at every request.
            var context = MemberLoading.Context(db);
            var count = await UnfilteredTotal(context, cancellationToken);
            var page = new List<PageRow>(query.PageSize);
            await foreach (var row in UnfilteredPage(context, (query.Page - 1) * query.PageSize, query.PageSize).WithCancellation(cancellationToken))
            {
                page.Add(row);
            }

            return Paged(query, page, count);
        }

        var members = db.Members.AsNoTracking();
        if (organizations is not null)
        {
            members = members.Where(m => organizations.Contains(m.OrganizationId));
        }

        if (query.Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }
        else if (!query.IncludeFormer)
        {
            members = members.Current();
        }

        if (query.Sex is { } sex)
        {
            members = members.Where(m => m.Sex == sex);
        }

        if (!string.IsNullOrWhiteSpace(query.EthnicityCode))
        {
            members = members.Where(m => m.EthnicityCode == query.EthnicityCode);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            if (text.All(char.IsAsciiDigit))
            {
                members = members.Where(m => m.PartyCardNumber != null && m.PartyCardNumber.StartsWith(text));
            }
            else
            {
                members = members.Where(await MemberSearch.MatchingAsync(db, VietnameseText.Fold(text), cancellationToken));
            }
        }

        members = (sort.Field, sort.Descending) switch
        {
            ("admissionDecisionDate", false) => members.OrderBy(m => m.AdmissionDecisionDate).ThenBy(m => m.NameSortKey),
            ("admissionDecisionDate", true) => members.OrderByDescending(m => m.AdmissionDecisionDate).ThenBy(m => m.NameSortKey),
            ("birthYear", false) => members.OrderBy(m => m.DateOfBirth).ThenBy(m => m.NameSortKey),
            ("birthYear", true) => members.OrderByDescending(m => m.DateOfBirth).ThenBy(m => m.NameSortKey),
            ("partyCardNumber", false) => members.OrderBy(m => m.PartyCardNumber).ThenBy(m => m.NameSortKey),
            ("partyCardNumber", true) => members.OrderByDescending(m => m.PartyCardNumber).ThenBy(m => m.NameSortKey),
            (_, true) => members.OrderByDescending(m => m.NameSortKey).ThenByDescending(m => m.Id),
            _ => members.OrderBy(m => m.NameSortKey).ThenBy(m => m.Id),
        };

        // The unfiltered list is the most frequent request: counting all rows and subtracting the few former members
        // reads no row (the database counts an index), where counting the active ones would test every row. Both
        // counts in one statement (one round trip, one query-cache lookup).
        var total = unfiltered
            ? await db.Set<PartyOrganization>().Take(1)
                .Select(_ => db.Set<PartyMember>().Count() - db.Set<PartyMember>().Count(m => MembershipLabels.FormerStatuses.Contains(m.Status)))
                .FirstOrDefaultAsync(cancellationToken)
            : await members.CountAsync(cancellationToken);
        // The cell's name read by the page's own statement (a correlated lookup by primary key per row) instead of a
        // second query for the page's cells.
        var rows = await members
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(m => new PageRow(
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return Paged(query, rows, total);
    }

    private static PagedList<MemberListItem> Paged(ListMembersQuery query, List<PageRow> rows, int total)
    {
        var items = rows.Select(r => new MemberListItem(
            r.Id, r.FullName, r.Sex, MembershipLabels.Of(r.Sex), r.DateOfBirth.Year, r.EthnicityCode, r.OrganizationId,
            r.OrganizationName ?? string.Empty, r.Status, MembershipLabels.Of(r.Status), r.PartyCardNumber,
            r.AdmissionDecisionDate, r.Position, r.IsProvincialCommitteeMember)).ToList();
        return new PagedList<MemberListItem>(items, query.Page, query.PageSize, total);
    }

    /// <summary>The unfiltered list's total: all members minus the former ones (the same statement as the LINQ above).</summary>
    private static readonly Func<DbContext, CancellationToken, Task<int>> UnfilteredTotal =
        EF.CompileAsyncQuery((DbContext db, CancellationToken _) => db.Set<PartyOrganization>().Take(1)
            .Select(_ => db.Set<PartyMember>().Count() - db.Set<PartyMember>().Count(m => MembershipLabels.FormerStatuses.Contains(m.Status)))
            .FirstOrDefault());

    /// <summary>A page of the unfiltered list in the default order (current members, by name), with each cell's name.</summary>
    private static readonly Func<DbContext, int, int, IAsyncEnumerable<PageRow>> UnfilteredPage =
        EF.CompileAsyncQuery((DbContext db, int skip, int take) => db.Set<PartyMember>().AsNoTracking()
            .Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Skip(skip)
            .Take(take)
            .Select(m => new PageRow(
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault())));

    private sealed record PageRow(
        Guid Id, string FullName, Sex Sex, DateOnly DateOfBirth, string EthnicityCode, Guid OrganizationId, MemberStatus Status,
        string? PartyCardNumber, DateOnly AdmissionDecisionDate, string? Position, bool IsProvincialCommitteeMember, string? OrganizationName);
}
