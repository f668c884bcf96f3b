using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>Coded errors of a row, with their Vietnamese and English messages.</summary>
internal static class ImportErrors
{
    private static readonly CultureInfo Vietnamese = new("vi");
    private static readonly CultureInfo English = new("en");

    public static ImportError Of(string field, string code, params object[] arguments) => new(
        field,
        code,
        InCulture(Vietnamese, () => Messages.FormatOr(code, code, arguments)),
        InCulture(English, () => Messages.FormatOr(code, code, arguments)));

    /// <summary>The field rules' failures; the rules run a second time, in English, only when the row has failures.</summary>
    /// <summary>Every validator of the command (field rules, and the event dates that need the clock).</summary>
    public static IEnumerable<ImportError> Validate<T>(IReadOnlyList<IValidator<T>> validators, T command)
    {
        var vi = InCulture(Vietnamese, () => validators.SelectMany(v => v.Validate(command).Errors).ToList());
        if (vi.Count == 0)
        {
            return [];
        }

        var en = InCulture(English, () => validators.SelectMany(v => v.Validate(command).Errors).ToList());
        return vi.Zip(en, (v, e) => new ImportError(Field(v), ErrorCode(v), v.ErrorMessage, e.ErrorMessage));
    }

    private static string Field(ValidationFailure failure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName);

    private static string ErrorCode(ValidationFailure failure) =>
        failure.ErrorCode.Contains('.', StringComparison.Ordinal)
            ? failure.ErrorCode
            : "field." + System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(failure.ErrorCode.Replace("Validator", string.Empty, StringComparison.Ordinal));

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
