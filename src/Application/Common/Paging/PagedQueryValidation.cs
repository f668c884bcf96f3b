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
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithErrorCode("paging.page_invalid");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, PagedList<object>.MaxPageSize).WithErrorCode("paging.page_size_invalid");
        validator.RuleFor(q => q.Sort)
            .Must(sort => SortOrder.IsValid(sort, sortFields))
            .WithErrorCode("paging.sort_invalid")
            .WithMessage(_ => Localization.Messages.Format("paging.sort_invalid", string.Join(", ", sortFields)));
    }
}
