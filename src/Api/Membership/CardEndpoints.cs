using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Application.Membership.Cards.IssueCard;
using PartyCommittee.Application.Membership.Cards.ListCards;
using PartyCommittee.Application.Membership.Cards.ReissueCard;

namespace PartyCommittee.Api.Membership;

/// <summary><c>/api/v1/members/{id}/cards</c>: the member's party card register.</summary>
[EndpointTag("Party cards", "Party cards (thẻ đảng viên): issued after recognition as a full member, reissued when lost or damaged, withdrawn on expulsion or name removal (Hướng dẫn 01-HD/TW 2021, 7.1; Hướng dẫn 12-HD/BTCTW 2022). The member's card number is the number of the card in force.")]
public sealed class CardEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/members/{id:guid}/cards").WithTags("Party cards");

        group.MapGet("/", Get)
            .WithName("GetPartyCards")
            .WithSummary("A member's card register: the number in force and every card")
            .RequireAuthorization(Policies.MembersRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Issue)
            .WithName("IssuePartyCard")
            .WithSummary("Issue a full member's first card (If-Match: the member's ETag)")
            .WithDescription("Never to a probationary member (422 card.probationary_member), not before recognition (422 card.before_full_membership), not while a card is in force (409 card.already_issued); a number held by another member is 409 card.number_taken.")
            .RequireAuthorization(Policies.MembersCards)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/reissue", Reissue)
            .WithName("ReissuePartyCard")
            .WithSummary("Reissue a lost card or exchange a damaged one (If-Match: the member's ETag)")
            .WithDescription("The card in force becomes void on the decision's date and a new card is issued, with the same number unless newNumber is given.")
            .RequireAuthorization(Policies.MembersCards)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<PartyCardRegisterDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCardRegisterQuery(id), cancellationToken));

    private static async Task<Ok<PartyCardRegisterDto>> Issue(Guid id, CardIssue body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new IssueCardCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<PartyCardRegisterDto>> Reissue(Guid id, CardReissue body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ReissueCardCommand(id, ifMatch.Version, body), cancellationToken));
}
