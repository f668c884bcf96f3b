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
    public static IEnumerable<ImportError> Validate<T>(IValidator<T> validator, T command)
    {
        var vi = InCulture(Vietnamese, () => validator.Validate(command).Errors);
        if (vi.Count == 0)
        {
            return [];
        }

        var en = InCulture(English, () => validator.Validate(command).Errors);
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
