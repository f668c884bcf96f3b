using FluentValidation;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Tests.Common;

/// <summary>
/// Issue 12, session 24: <see cref="NameValidation.IsName{T}"/> keeps the thread's last answer of
/// <see cref="Names.Check"/> for the same string instance and kind. The same instance validated under another kind,
/// or another value after a failing one, must get its own answer: the codes below are what <see cref="Names.Check"/>
/// says for each value and kind.
/// </summary>
public class NameValidationTests
{
    private sealed record Named(string? Person, string? Organization);

    private sealed class Validator : AbstractValidator<Named>
    {
        public Validator()
        {
            RuleFor(n => n.Person).IsName(NameKind.Person);
            RuleFor(n => n.Organization).IsName(NameKind.Organization);
        }
    }

    [Fact]
    public void The_same_string_is_checked_for_each_kind_and_each_value_gets_its_own_answer()
    {
        var validator = new Validator();
        var text = "Chi bộ 2"; // a digit: refused in a person's name, allowed in an organisation's
        var both = validator.Validate(new Named(text, text));
        both.Errors.Select(e => (e.PropertyName, e.ErrorCode)).ShouldBe([("Person", Names.InvalidCharacter)]);
        Names.Check(text, NameKind.Person)!.Code.ShouldBe(Names.InvalidCharacter);
        Names.Check(text, NameKind.Organization).ShouldBeNull();

        var dots = "...";
        var empty = validator.Validate(new Named(dots, "Sở Tài chính"));
        empty.Errors.Select(e => (e.PropertyName, e.ErrorCode)).ShouldBe([("Person", Names.Empty)]);

        validator.Validate(new Named("Nguyễn Văn An", "Sở Tài chính")).IsValid.ShouldBeTrue();
        var again = validator.Validate(new Named(text, "Sở 🙂"));
        again.Errors.Select(e => (e.PropertyName, e.ErrorCode)).ShouldBe([("Person", Names.InvalidCharacter), ("Organization", Names.InvalidCharacter)]);
        again.Errors[1].ErrorMessage.ShouldContain("U+1F642");
    }
}
