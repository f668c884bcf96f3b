using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;
using PartyCommittee.Application.Organization.CreateOrganization;
using PartyCommittee.Application.Tests.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Tests.Organizations;

public class CreateOrganizationValidatorTests
{
    private static readonly CreateOrganizationCommand Valid = new(
        "CB-VP",
        "Chi bộ Văn phòng Sở",
        "CB VP",
        OrganizationType.PartyCell,
        UnitKind.AdministrativeAgency,
        Guid.NewGuid(),
        new DateOnly(2001, 3, 26));

    /// <summary>Today in Viet Nam: 2026-11-30 (10:00 at UTC+7).</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));

    private readonly CreateOrganizationValidator validator = new(Clock);

    private static IEnumerable<ValidationFailure> ErrorsOn(ValidationResult result, string property) =>
        result.Errors.Where(e => e.PropertyName == property);

    [Fact]
    public void Valid_command_passes()
    {
        var result = validator.Validate(Valid);

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
    }

    [Fact]
    public void Root_committee_without_optional_fields_passes()
    {
        var command = new CreateOrganizationCommand("DB-STC", "Đảng bộ Sở Tài chính", null, OrganizationType.PartyCommittee, null, null, new DateOnly(1990, 1, 1));

        validator.Validate(command).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_code_is_an_error_on_code(string? code)
    {
        var result = validator.Validate(Valid with { Code = code });

        result.IsValid.ShouldBeFalse();
        ErrorsOn(result, nameof(CreateOrganizationCommand.Code)).ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == nameof(CreateOrganizationCommand.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Missing_name_is_an_error_on_name(string? name)
    {
        var result = validator.Validate(Valid with { Name = name });

        ErrorsOn(result, nameof(CreateOrganizationCommand.Name)).ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == nameof(CreateOrganizationCommand.Name));
    }

    [Fact]
    public void Too_long_name_is_an_error_on_name()
    {
        var result = validator.Validate(Valid with { Name = new string('a', PartyOrganization.NameMaxLength + 1) });

        ErrorsOn(result, nameof(CreateOrganizationCommand.Name)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Name_of_maximum_length_passes()
    {
        validator.Validate(Valid with { Name = new string('a', PartyOrganization.NameMaxLength) }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Too_long_short_name_is_an_error_on_short_name()
    {
        var result = validator.Validate(Valid with { ShortName = new string('a', PartyOrganization.ShortNameMaxLength + 1) });

        ErrorsOn(result, nameof(CreateOrganizationCommand.ShortName)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Missing_type_is_an_error_on_type()
    {
        var result = validator.Validate(Valid with { Type = null });

        ErrorsOn(result, nameof(CreateOrganizationCommand.Type)).ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == nameof(CreateOrganizationCommand.Type));
    }

    [Fact]
    public void Undefined_type_is_an_error_on_type()
    {
        var result = validator.Validate(Valid with { Type = (OrganizationType)99 });

        ErrorsOn(result, nameof(CreateOrganizationCommand.Type)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Undefined_unit_kind_is_an_error_on_unit_kind()
    {
        var result = validator.Validate(Valid with { UnitKind = (UnitKind)0 });

        ErrorsOn(result, nameof(CreateOrganizationCommand.UnitKind)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Missing_established_on_is_an_error_on_established_on()
    {
        var result = validator.Validate(Valid with { EstablishedOn = null });

        ErrorsOn(result, nameof(CreateOrganizationCommand.EstablishedOn)).ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == nameof(CreateOrganizationCommand.EstablishedOn));
    }

    [Theory]
    [InlineData(1930, 2, 2)]
    [InlineData(2101, 1, 1)]
    public void Established_on_outside_the_supported_range_is_an_error(int year, int month, int day)
    {
        var result = validator.Validate(Valid with { EstablishedOn = new DateOnly(year, month, day) });

        ErrorsOn(result, nameof(CreateOrganizationCommand.EstablishedOn)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(1930, 2, 3)]
    [InlineData(2026, 11, 30)]
    public void Established_on_from_the_party_founding_to_today_passes(int year, int month, int day)
    {
        validator.Validate(Valid with { EstablishedOn = new DateOnly(year, month, day) }).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(2026, 12, 1, "date.in_future")]
    [InlineData(9999, 12, 31, "date.in_future")]
    [InlineData(1930, 2, 2, "date.too_early")]
    [InlineData(1, 1, 1, "date.too_early")]
    public void Established_on_after_today_or_before_the_party_was_founded_has_a_date_code(int year, int month, int day, string code)
    {
        var result = validator.Validate(Valid with { EstablishedOn = new DateOnly(year, month, day) });

        ErrorsOn(result, nameof(CreateOrganizationCommand.EstablishedOn)).ShouldHaveSingleItem().ErrorCode.ShouldBe(code);
    }

    [Theory]
    [InlineData("Chi bộ Văn phòng\0", "name.invalid_character")]
    [InlineData("Chi bộ \u202Eộb ihC", "name.invalid_character")]
    [InlineData("Chi bộ \u2066Văn phòng", "name.invalid_character")]
    [InlineData("Chi bộ Vui vẻ 😀", "name.invalid_character")]
    [InlineData("\u200B\u200B\u200B", "name.empty")]
    [InlineData("\u200B – 01", "name.empty")]
    public void A_name_with_control_bidi_or_symbol_characters_or_no_letters_has_a_name_code(string name, string code)
    {
        var result = validator.Validate(Valid with { Name = name, ShortName = name });

        ErrorsOn(result, nameof(CreateOrganizationCommand.Name)).ShouldHaveSingleItem().ErrorCode.ShouldBe(code);
        ErrorsOn(result, nameof(CreateOrganizationCommand.ShortName)).ShouldHaveSingleItem().ErrorCode.ShouldBe(code);
    }

    [Theory]
    [InlineData("Đảng bộ Sở Lao động – Thương binh và Xã hội")]
    [InlineData("Chi bộ Trường THPT số 2 (cơ sở 1), \"Hùng Vương\"")]
    [InlineData("Chi bộ 𠀧 chữ Nôm")]
    public void Organisation_names_may_have_digits_punctuation_and_any_letters(string name)
    {
        validator.Validate(Valid with { Name = name }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Every_missing_required_field_is_reported_at_once()
    {
        var result = validator.Validate(new CreateOrganizationCommand(null, null, null, null, null, null, null));

        result.Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal).ShouldBe(
            new[] { "Code", "EstablishedOn", "Name", "Type" });
    }

    [Theory]
    [InlineData("ab c")]
    [InlineData("Đ1")]
    [InlineData("A")]
    [InlineData("-AB")]
    [InlineData("CB_VP")]
    [InlineData("CB.VP")]
    [InlineData("ĐB-01")]
    [InlineData("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABC")]
    public void Malformed_code_has_error_code_organization_code_invalid(string code)
    {
        var result = validator.Validate(Valid with { Code = code });

        var error = ErrorsOn(result, nameof(CreateOrganizationCommand.Code)).ShouldHaveSingleItem();
        error.ErrorCode.ShouldBe("organization.code_invalid");
    }

    [Theory]
    [InlineData("CB-VP")]
    [InlineData("ab")]
    [InlineData("DB01")]
    [InlineData("1-2-3")]
    [InlineData("ABCDEFGHIJABCDEFGHIJABCDEFGHIJAB")]
    public void Well_formed_code_passes(string code)
    {
        validator.Validate(Valid with { Code = code }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Code_invalid_message_follows_the_ui_language()
    {
        string english;
        string vietnamese;
        using (new CultureScope("en"))
        {
            english = ErrorsOn(validator.Validate(Valid with { Code = "ab c" }), "Code").Single().ErrorMessage;
        }

        using (new CultureScope("vi"))
        {
            vietnamese = ErrorsOn(validator.Validate(Valid with { Code = "ab c" }), "Code").Single().ErrorMessage;
        }

        english.ShouldBe("A code has 2–32 upper-case letters, digits and hyphens.");
        vietnamese.ShouldStartWith("Mã chỉ gồm");
    }
}
