using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
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
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Sex).IsInEnum();
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

        var sort = SortOrder.Parse(query.Sort, "name");
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
        var unfiltered = organizations is null && query.Status is null && query.Sex is null && string.IsNullOrWhiteSpace(query.EthnicityCode)
            && string.IsNullOrWhiteSpace(query.Search) && !query.IncludeFormer;
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
            .Select(m => new
            {
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                OrganizationName = db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new MemberListItem(
            r.Id, r.FullName, r.Sex, MembershipLabels.Of(r.Sex), r.DateOfBirth.Year, r.EthnicityCode, r.OrganizationId,
            r.OrganizationName ?? string.Empty, r.Status, MembershipLabels.Of(r.Status), r.PartyCardNumber,
            r.AdmissionDecisionDate, r.Position, r.IsProvincialCommitteeMember)).ToList();
        return new PagedList<MemberListItem>(items, query.Page, query.PageSize, total);
    }
}
