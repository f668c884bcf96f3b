namespace PartyCommittee.Domain.Common;

/// <summary>How a broken rule is reported to a client.</summary>
public enum RuleViolationKind
{
    /// <summary>The request is well-formed but the rules refuse it (HTTP 422).</summary>
    Unprocessable,

    /// <summary>The request conflicts with the current state of the resource (HTTP 409).</summary>
    Conflict,
}

/// <summary>
/// A rule of the domain refused an operation. <see cref="Code"/> is stable and machine-readable
/// (e.g. <c>organization.parent_dissolved</c>); <see cref="Arguments"/> fill the localised message template.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string code, string message, RuleViolationKind kind = RuleViolationKind.Unprocessable, params object[] arguments)
        : base(message)
    {
        Code = code;
        Kind = kind;
        Arguments = arguments;
    }

    public DomainRuleException()
        : this("domain.rule_violated", "A domain rule was violated.")
    {
    }

    public DomainRuleException(string message)
        : this("domain.rule_violated", message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain.rule_violated";
        Arguments = [];
    }

    public string Code { get; }

    public RuleViolationKind Kind { get; }

    public IReadOnlyList<object> Arguments { get; }
}
