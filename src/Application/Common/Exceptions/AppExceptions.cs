namespace PartyCommittee.Application.Common.Exceptions;

/// <summary>Base of the failures that the API turns into problem responses with a stable <see cref="Code"/>.</summary>
public abstract class AppException : Exception
{
    protected AppException(string code, string message, params object[] arguments)
        : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }
}

/// <summary>The resource does not exist or is outside the caller's scope (404, so existence is not revealed).</summary>
public sealed class NotFoundException(string code, string resource, object key)
    : AppException(code, $"{resource} '{key}' was not found.", key);

/// <summary>The caller may not do this (403).</summary>
public sealed class ForbiddenException(string code, string message) : AppException(code, message);

/// <summary>The request conflicts with existing data (409), e.g. a duplicate code.</summary>
public sealed class ConflictException(string code, string message, params object[] arguments)
    : AppException(code, message, arguments);

/// <summary>The If-Match precondition does not hold: someone changed the resource since it was read (412).</summary>
public sealed class PreconditionFailedException(string message = "The resource was changed by someone else. Read it again and reapply your change.")
    : AppException("concurrency.stale_etag", message);

/// <summary>The request cannot be processed as sent (400), e.g. an unreadable file.</summary>
public sealed class BadRequestException(string code, string message, params object[] arguments)
    : AppException(code, message, arguments);

/// <summary>The request, or the file it carries, is larger than allowed (413).</summary>
public sealed class ContentTooLargeException(string code, string message, params object[] arguments)
    : AppException(code, message, arguments);
