using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.ListOrganizations;
using PartyCommittee.Application.Tests.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Tests.Organizations;

public class ListOrganizationsValidatorTests
{
    private readonly ListOrganizationsValidator validator = new();

    [Fact]
    public void Default_query_passes()
    {
        validator.Validate(new ListOrganizationsQuery()).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Fully_specified_query_passes()
    {
        var query = new ListOrganizationsQuery(3, PagedList<object>.MaxPageSize, "-establishedOn", OrganizationType.PartyCell, UnitKind.PublicServiceUnit, Guid.NewGuid(), new DateOnly(2024, 1, 1), "văn phòng");

        validator.Validate(query).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Page_below_one_is_paging_page_invalid(int page)
    {
        var result = validator.Validate(new ListOrganizationsQuery(Page: page));

        var error = result.Errors.ShouldHaveSingleItem();
        error.PropertyName.ShouldBe(nameof(ListOrganizationsQuery.Page));
        error.ErrorCode.ShouldBe("paging.page_invalid");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Page_size_outside_1_to_100_is_paging_page_size_invalid(int pageSize)
    {
        var result = validator.Validate(new ListOrganizationsQuery(PageSize: pageSize));

        var error = result.Errors.ShouldHaveSingleItem();
        error.PropertyName.ShouldBe(nameof(ListOrganizationsQuery.PageSize));
        error.ErrorCode.ShouldBe("paging.page_size_invalid");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Page_size_at_the_bounds_passes(int pageSize)
    {
        validator.Validate(new ListOrganizationsQuery(PageSize: pageSize)).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("-parentId")]
    [InlineData("Code")]
    public void Unknown_sort_field_is_paging_sort_invalid(string sort)
    {
        var result = validator.Validate(new ListOrganizationsQuery(Sort: sort));

        var error = result.Errors.ShouldHaveSingleItem();
        error.PropertyName.ShouldBe(nameof(ListOrganizationsQuery.Sort));
        error.ErrorCode.ShouldBe("paging.sort_invalid");
    }

    [Theory]
    [InlineData("code")]
    [InlineData("name")]
    [InlineData("-type")]
    [InlineData("establishedOn")]
    [InlineData("-dissolvedOn")]
    public void Known_sort_fields_pass(string sort)
    {
        validator.Validate(new ListOrganizationsQuery(Sort: sort)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Sort_invalid_message_lists_the_allowed_fields()
    {
        using var culture = new CultureScope("en");

        var error = validator.Validate(new ListOrganizationsQuery(Sort: "bogus")).Errors.ShouldHaveSingleItem();

        error.ErrorMessage.ShouldBe("Invalid sort field. Use one of: code, name, type, establishedOn, dissolvedOn (prefix '-' for descending).");
    }

    [Fact]
    public void All_paging_errors_are_reported_together()
    {
        var result = validator.Validate(new ListOrganizationsQuery(Page: 0, PageSize: 101, Sort: "nope"));

        result.Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal).ShouldBe(
            new[] { "paging.page_invalid", "paging.page_size_invalid", "paging.sort_invalid" });
    }

    [Fact]
    public void Undefined_type_and_too_long_search_are_errors()
    {
        var result = validator.Validate(new ListOrganizationsQuery(Type: (OrganizationType)7, Search: new string('a', 101)));

        result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal).ShouldBe(
            new[] { nameof(ListOrganizationsQuery.Search), nameof(ListOrganizationsQuery.Type) });
    }
}
