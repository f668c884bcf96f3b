using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.UpdateCandidate;

/// <summary>The candidate's data (PUT replaces them all); changeable only before the cell's resolution.</summary>
/// <param name="FullName">Full name.</param>
/// <param name="Sex">MALE or FEMALE.</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="EthnicityCode">Two-digit ethnic group code.</param>
/// <param name="GeneralEducation">PRIMARY, LOWER_SECONDARY or UPPER_SECONDARY.</param>
/// <param name="IsYouthUnionMember">Member of the Ho Chi Minh Communist Youth Union.</param>
public sealed record CandidateUpdate(
    [property: Required] string? FullName,
    [property: Required] Sex? Sex,
    [property: Required] DateOnly? DateOfBirth,
    [property: Required] string? EthnicityCode,
    [property: Required] GeneralEducation? GeneralEducation,
    [property: Required] bool? IsYouthUnionMember);

public sealed record UpdateCandidateCommand(Guid Id, long ExpectedVersion, CandidateUpdate Update) : ICommand<AdmissionDto>;

public sealed class UpdateCandidateValidator : AbstractValidator<UpdateCandidateCommand>
{
    public UpdateCandidateValidator(TimeProvider time)
    {
        this.AddCandidateRules(
            time,
            c => c.Update.FullName, c => c.Update.Sex, c => c.Update.DateOfBirth, c => c.Update.EthnicityCode,
            c => c.Update.GeneralEducation, c => c.Update.IsYouthUnionMember);
    }
}

public sealed class UpdateCandidateHandler(AdmissionStepRunner steps) : ICommandHandler<UpdateCandidateCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(UpdateCandidateCommand command, CancellationToken cancellationToken)
    {
        var update = command.Update;
        return await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            (admission, _) => admission.UpdateCandidate(
                update.FullName!, update.Sex!.Value, update.DateOfBirth!.Value, update.EthnicityCode!, update.GeneralEducation!.Value, update.IsYouthUnionMember!.Value),
            cancellationToken);
    }
}
