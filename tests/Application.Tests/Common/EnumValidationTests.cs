using FluentValidation;
using FluentValidation.Results;
using PartyCommittee.Application.Common.Validation;

namespace PartyCommittee.Application.Tests.Common;

/// <summary>
/// <c>IsDefinedEnum</c> (issue 12, session 25) is FluentValidation's <c>IsInEnum</c> without its reflection per value:
/// for every kind of property and value the two give the same failures (code, message, property, attempted value).
/// </summary>
public class EnumValidationTests
{
    public enum Level
    {
        Low = 1,
        High = 2,
    }

    [Flags]
    public enum Marks
    {
        None = 0,
        A = 1,
        B = 2,
        C = 4,
    }

    public sealed record Model(Level Plain, Level? Optional, Marks Flags, Marks? OptionalFlags, int NotAnEnum);

    private sealed class Framework : AbstractValidator<Model>
    {
        public Framework()
        {
            RuleFor(m => m.Plain).IsInEnum();
            RuleFor(m => m.Optional).IsInEnum();
            RuleFor(m => m.Flags).IsInEnum();
            RuleFor(m => m.OptionalFlags).IsInEnum();
            RuleFor(m => m.NotAnEnum).IsInEnum();
        }
    }

    private sealed class Ours : AbstractValidator<Model>
    {
        public Ours()
        {
            RuleFor(m => m.Plain).IsDefinedEnum();
            RuleFor(m => m.Optional).IsDefinedEnum();
            RuleFor(m => m.Flags).IsDefinedEnum();
            RuleFor(m => m.OptionalFlags).IsDefinedEnum();
            RuleFor(m => m.NotAnEnum).IsDefinedEnum();
        }
    }

    public static TheoryData<Model> Models() =>
    [
        new(Level.Low, Level.High, Marks.A | Marks.C, null, 1),
        new((Level)0, (Level)3, (Marks)8, Marks.None, 0),
        new((Level)(-1), null, Marks.A | Marks.B | Marks.C, (Marks)16 | Marks.A, 42),
        new(Level.High, (Level)0, Marks.None, Marks.B, -7),
    ];

    [Theory]
    [MemberData(nameof(Models))]
    public void The_rule_fails_exactly_as_IsInEnum_fails(Model model)
    {
        var expected = new Framework().Validate(model).Errors.Select(Shape).ToList();
        var actual = new Ours().Validate(model).Errors.Select(Shape).ToList();

        actual.ShouldBe(expected);
    }

    [Fact]
    public void An_undefined_value_is_refused_and_a_defined_one_passes()
    {
        var failures = new Ours().Validate(new Model((Level)9, Level.Low, Marks.A, null, 0)).Errors;

        failures.Count.ShouldBe(2, "the plain value 9 and the int property (not an enum) fail, as with IsInEnum");
        failures.Select(f => f.PropertyName).ShouldBe(["Plain", "NotAnEnum"]);
        failures[0].ErrorCode.ShouldBe("EnumValidator");
    }

    private static string Shape(ValidationFailure f) => $"{f.PropertyName}|{f.ErrorCode}|{f.ErrorMessage}|{f.AttemptedValue}";
}
