using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Common.Agenda;

/// <summary>
/// One source of what is due or overdue in an organisation (admission steps today; inspection recommendations, dues
/// arrears, rating steps later). Every implementation in the Application assembly is registered, so a module joins
/// the agenda by adding a class in its folder.
/// </summary>
public interface IDueItemSource
{
    /// <summary>
    /// The items due in the subtree of <paramref name="organizationId"/> (every organisation in the caller's scope
    /// when null) as of <paramref name="asOf"/>. An organisation outside the scope is not found, as everywhere.
    /// </summary>
    Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>
    /// How many items <see cref="ListAsync"/> returns, and the first <paramref name="count"/> of them in the agenda's
    /// order (<see cref="DueItemOrder"/>): all a page of the agenda needs from the source. This default builds every
    /// item; a source with one item per member overrides it so as not to (issue 12: the dues arrears).
    /// </summary>
    async Task<DueItemSlice> FirstAsync(Guid? organizationId, DateOnly asOf, int count, CancellationToken cancellationToken)
    {
        var items = await ListAsync(organizationId, asOf, cancellationToken);
        return new DueItemSlice(items.Count, [.. items.Order(DueItemOrder.Instance).Take(count)]);
    }
}

/// <summary>A source's item count and its first items in the agenda's order.</summary>
public sealed record DueItemSlice(int TotalCount, IReadOnlyList<DueItemDto> First);

/// <summary>The agenda's order: by due date, then module, subject name (ordinal) and subject id.</summary>
public sealed class DueItemOrder : IComparer<DueItemDto>
{
    public static readonly DueItemOrder Instance = new();

    public int Compare(DueItemDto? x, DueItemDto? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = x.DueDate.CompareTo(y.DueDate);
        order = order != 0 ? order : string.CompareOrdinal(x.Module, y.Module);
        order = order != 0 ? order : string.CompareOrdinal(x.Subject.Name, y.Subject.Name);
        return order != 0 ? order : x.Subject.Id.CompareTo(y.Subject.Id);
    }
}

/// <summary>Who or what an item is about.</summary>
/// <param name="Kind">What the subject is (e.g. ADMISSION_CASE).</param>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its display name (the candidate's name, shown as in the module's own due list).</param>
public sealed record DueItemSubjectDto(string Kind, Guid Id, string Name);

/// <summary>The rule set that fixes an item's period.</summary>
public sealed record DueItemRuleSetDto(string Code, string Source, DateOnly EffectiveFrom);

/// <summary>One thing due or overdue.</summary>
/// <param name="Module">The module that reports it (e.g. Membership).</param>
/// <param name="Source">The source within the module (e.g. ADMISSION_STEPS).</param>
/// <param name="Kind">What is due (e.g. COMMITTEE_DECISION).</param>
/// <param name="OrganizationId">The organisation it belongs to.</param>
/// <param name="Subject">Who or what it is about.</param>
/// <param name="DueDate">Last day allowed (inclusive).</param>
/// <param name="WorkingDaysLeft">Working days left on the as-of date; 0 on the due date, negative when overdue.</param>
/// <param name="Overdue">True when the due date has passed.</param>
/// <param name="RuleSet">The rule set applied.</param>
public sealed record DueItemDto(
    string Module,
    string Source,
    string Kind,
    Guid OrganizationId,
    DueItemSubjectDto Subject,
    DateOnly DueDate,
    int WorkingDaysLeft,
    bool Overdue,
    DueItemRuleSetDto? RuleSet);

/// <summary>One list of what is due or overdue in an organisation, from every <see cref="IDueItemSource"/>, by due date.</summary>
public sealed record ListAgendaQuery(
    Guid? OrganizationId = null,
    DateOnly? AsOf = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<DueItemDto>>;

public sealed class ListAgendaValidator : AbstractValidator<ListAgendaQuery>
{
    public static readonly DateOnly Earliest = new(1930, 2, 3);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public ListAgendaValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.AsOf).InclusiveBetween(Earliest, Latest);
    }
}

public sealed class ListAgendaHandler(IEnumerable<IDueItemSource> sources, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<ListAgendaQuery, PagedList<DueItemDto>>
{
    public async ValueTask<PagedList<DueItemDto>> Handle(ListAgendaQuery query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? time.TodayInVietnam();
        // The scope check first, so that an organisation outside it is 404 even with no source.
        _ = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        // Each source gives its count and only its first page × size items: the page is among them (issue 12: a
        // source with an item per member no longer builds them all for a page of twenty).
        var count = (int)Math.Min((long)query.Page * query.PageSize, int.MaxValue);
        var total = 0;
        var items = new List<DueItemDto>();
        foreach (var source in sources.OrderBy(s => s.GetType().FullName, StringComparer.Ordinal))
        {
            var slice = await source.FirstAsync(query.OrganizationId, asOf, count, cancellationToken);
            total += slice.TotalCount;
            items.AddRange(slice.First);
        }

        // A stable sort: items equal in the order keep their sources' order, as before.
        return new PagedList<DueItemDto>(
            [.. items.Order(DueItemOrder.Instance).Skip(PagedList<DueItemDto>.Skip(query.Page, query.PageSize)).Take(query.PageSize)], query.Page, query.PageSize, total);
    }
}
