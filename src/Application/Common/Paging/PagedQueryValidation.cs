using FluentValidation;

namespace PartyCommittee.Application.Common.Paging;

/// <summary>A query that returns one page of a sorted list.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }

    string? Sort { get; }
}

public static class PagedQueryValidation
{
    /// <summary>The paging and sorting rules every list query shares.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator, IReadOnlyCollection<string> sortFields)
        where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).ValidPage();
        validator.RuleFor(q => q.PageSize).ValidPageSize();
        validator.RuleFor(q => q.Sort)
            .Must(sort => SortOrder.IsValid(sort, sortFields))
            .WithErrorCode("paging.sort_invalid")
            .WithMessage(_ => Localization.Messages.Format("paging.sort_invalid", string.Join(", ", sortFields)));
    }

    /// <summary>
    /// The page number every paged list accepts: from 1 to <see cref="PagedList{T}.MaxPage"/> (<c>paging.page_invalid</c>).
    /// A larger page would make the rows to skip overflow and wrap around to an earlier page.
    /// </summary>
    public static IRuleBuilderOptions<T, int> ValidPage<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, PagedList<object>.MaxPage).WithErrorCode("paging.page_invalid");

    /// <summary>The page size every paged list accepts: from 1 to <see cref="PagedList{T}.MaxPageSize"/> (<c>paging.page_size_invalid</c>).</summary>
    public static IRuleBuilderOptions<T, int> ValidPageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, PagedList<object>.MaxPageSize).WithErrorCode("paging.page_size_invalid");
}
