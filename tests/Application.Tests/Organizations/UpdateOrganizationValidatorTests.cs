using Microsoft.Extensions.Time.Testing;
using PartyCommittee.Application.Organization.UpdateOrganization;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Tests.Organizations;

public class UpdateOrganizationValidatorTests
{
    private static readonly UpdateOrganizationCommand Valid = new(
        Guid.NewGuid(),
        3,
        new OrganizationUpdate("Chi bộ Phòng Kế hoạch", null, UnitKind.AdministrativeAgency, Guid.NewGuid(), new DateOnly(2005, 7, 1)));

    private readonly UpdateOrganizationValidator validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Valid_update_passes()
    {
        validator.Validate(Valid).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_name_is_an_error_on_name(string? name)
    {
        var result = validator.Validate(Valid with { Update = Valid.Update with { Name = name } });

        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == "name");
    }

    [Fact]
    public void Too_long_short_name_is_an_error_on_short_name()
    {
        var result = validator.Validate(Valid with { Update = Valid.Update with { ShortName = new string('x', PartyOrganization.ShortNameMaxLength + 1) } });

        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == "shortName");
    }

    [Fact]
    public void Undefined_unit_kind_is_an_error_on_unit_kind()
    {
        var result = validator.Validate(Valid with { Update = Valid.Update with { UnitKind = (UnitKind)42 } });

        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == "unitKind");
    }

    [Fact]
    public void Missing_established_on_is_an_error_on_established_on()
    {
        var result = validator.Validate(Valid with { Update = Valid.Update with { EstablishedOn = null } });

        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == "establishedOn");
    }

    [Fact]
    public void Established_on_before_the_party_was_founded_is_an_error()
    {
        var result = validator.Validate(Valid with { Update = Valid.Update with { EstablishedOn = new DateOnly(1930, 2, 2) } });

        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == "establishedOn");
    }
}
