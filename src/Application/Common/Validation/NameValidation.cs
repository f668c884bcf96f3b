using FluentValidation;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Validation;

public static class NameValidation
{
    /// <summary>
    /// The domain's name rule (<see cref="Names"/>) as a field rule, so that a bad name is a 400 naming the field:
    /// <c>name.invalid_character</c> (the character as <c>U+XXXX</c>) or <c>name.empty</c>. An empty value is left
    /// to <c>NotEmpty</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IsName<T>(this IRuleBuilder<T, string?> rule, NameKind kind) =>
        rule.Must(value => Problem(value, kind)?.Code != Names.InvalidCharacter)
            .WithErrorCode(Names.InvalidCharacter)
            .WithMessage((_, value) => Messages.Format(Names.InvalidCharacter, Problem(value, kind)?.Argument ?? string.Empty))
            .Must(value => Problem(value, kind)?.Code != Names.Empty)
            .WithErrorCode(Names.Empty)
            .WithMessage(_ => Messages.Format(Names.Empty));

    /// <summary>
    /// The problem of <paramref name="value"/>, if any. The rule asks twice per value (once per code) and the message
    /// once more on failure: the last answer of the thread is kept for the same string instance and kind, so a value is
    /// checked once (issue 12, session 24: the import validates 100k names per pass).
    /// </summary>
    private static NameProblem? Problem(string? value, NameKind kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (last is { } known && ReferenceEquals(known.Value, value) && known.Kind == kind)
        {
            return known.Problem;
        }

        var problem = Names.Check(value, kind);
        last = new LastCheck(value, kind, problem);
        return problem;
    }

    [ThreadStatic]
    private static LastCheck? last;

    private sealed record LastCheck(string Value, NameKind Kind, NameProblem? Problem);
}
