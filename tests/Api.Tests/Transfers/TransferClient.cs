using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Transfers;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>Requests and steps of /api/v1/transfers for the tests.</summary>
internal static class TransferClient
{
    public const string Url = "/api/v1/transfers";

    public static object Internal(Guid memberId, Guid to, string requestedOn = "2025-03-03", string kind = "OFFICIAL", string purpose = "WORK", string? temporaryUntil = null) =>
        new { memberId, kind, direction = "INTERNAL", purpose, toOrganizationId = to, requestedOn, temporaryUntil, decisionNumber = "125-QĐ/ĐU" };

    public static object Outgoing(Guid memberId, string external = "Đảng bộ Sở Y tế tỉnh Sóc Trăng", string requestedOn = "2025-03-03", string kind = "OFFICIAL", string purpose = "WORK", string? temporaryUntil = null) =>
        new { memberId, kind, direction = "OUTGOING", purpose, externalOrganization = external, requestedOn, temporaryUntil, decisionNumber = "126-QĐ/ĐU" };

    public static object Incoming(Guid memberId, Guid to, string external = "Đảng bộ Sở Nội vụ tỉnh Sóc Trăng", string requestedOn = "2025-03-03") =>
        new { memberId, kind = "OFFICIAL", direction = "INCOMING", purpose = "WORK", toOrganizationId = to, externalOrganization = external, requestedOn, decisionNumber = "127-QĐ/ĐU" };

    public static async Task<TransferDto> RequestAsync(this HttpClient client, object body) =>
        await (await client.PostAsJsonAsync(Url, body, HttpExtensions.Json)).ReadAsync<TransferDto>();

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, TransferDto transfer, string step, object body, string? ifMatch = "") =>
        client.PostJsonAsync($"{Url}/{transfer.Id}/{step}", body, ifMatch == string.Empty ? $"\"{transfer.Version}\"" : ifMatch);

    public static async Task<TransferDto> SendAsync(this HttpClient client, TransferDto transfer, string sentOn) =>
        await (await client.StepAsync(transfer, "send", new { sentOn })).ReadAsync<TransferDto>();

    public static async Task<TransferDto> ReceiveAsync(this HttpClient client, TransferDto transfer, string receivedOn) =>
        await (await client.StepAsync(transfer, "receive", new { receivedOn })).ReadAsync<TransferDto>();
}
