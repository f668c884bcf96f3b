using FluentValidation;
using FluentValidation.Results;

namespace PartyCommittee.Api.Common;

public static class EndpointConventions
{
    /// <summary>Documents the problem responses an operation can return (401, 403, 429 and 500 are added to every secured operation).</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }

}

/// <summary>Collects query-string parse failures so they are reported like any other validation failure (400).</summary>
public sealed class QueryParser
{
    private readonly List<ValidationFailure> failures = [];

    public TEnum? Enum<TEnum>(string field, string? value)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (EnumCodes<TEnum>.TryParse(value, out var parsed))
        {
            return parsed;
        }

        failures.Add(new ValidationFailure(field, Application.Common.Localization.Messages.Format("field.enum_invalid", string.Join(", ", EnumCodes<TEnum>.Codes)))
        {
            ErrorCode = "field.enum_invalid",
        });
        return null;
    }

    public void ThrowIfInvalid()
    {
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
