namespace PartyCommittee.Api.Errors;

/// <summary>A change was sent without the If-Match header (428): lost updates are refused, not risked.</summary>
public sealed class PreconditionRequiredException : Exception
{
    public PreconditionRequiredException()
        : base("Send an If-Match header with the resource's ETag.")
    {
    }

    public PreconditionRequiredException(string message)
        : base(message)
    {
    }

    public PreconditionRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
