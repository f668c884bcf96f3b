using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace PartyCommittee.Application.Common.Behaviors;

/// <summary>
/// Runs every FluentValidation validator of the message, one after another (validators may query the database
/// through the scoped DbContext, which does not allow concurrent use), and throws one
/// <see cref="ValidationException"/> with all failures. Nothing reaches a handler unvalidated.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<ValidationFailure>? failures = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is not null)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
