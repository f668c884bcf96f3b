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

    private static NameProblem? Problem(string? value, NameKind kind) => string.IsNullOrWhiteSpace(value) ? null : Names.Check(value, kind);
}
