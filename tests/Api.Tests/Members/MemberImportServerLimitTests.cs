using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Members.ImportFiles;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>The API on a real Kestrel server (loopback, random port) with a 64 KiB import file limit.</summary>
public sealed class KestrelImportLimitsFactory : ApiFactory
{
    public KestrelImportLimitsFactory()
        : base(new Dictionary<string, string?> { ["Import:MaxFileBytes"] = "65536" })
    {
        UseKestrel(0);
    }
}

/// <summary>
/// The server enforces the import endpoint's body limit (file limit + multipart envelope) before the body is read;
/// between the file limit and that, the reader's own count refuses the file. Both are coded 413 problems.
/// </summary>
public sealed class MemberImportServerLimitTests(KestrelImportLimitsFactory factory) : IClassFixture<KestrelImportLimitsFactory>
{
    [Fact]
    public async Task A_body_over_the_endpoint_limit_is_refused_by_the_server_with_a_coded_problem()
    {
        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(new byte[1 << 20]));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
    }

    [Fact]
    public async Task A_file_over_the_file_limit_but_within_the_envelope_is_refused_by_the_reader()
    {
        var csv = Encoding.UTF8.GetBytes(Csv(Many(1, "7100")) + new string(',', 70_000));

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(csv));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "import.file_too_large");
    }

    private Task<HttpResponseMessage> PostAsync(byte[] bytes)
    {
        factory.StartServer();
        var client = factory.CreateClient();
        // Let the server answer before the body is sent, as browsers and HTTP clients do for large uploads.
        client.DefaultRequestHeaders.ExpectContinue = true;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("office", ["CommitteeOffice"], DemoData.CommitteeId));
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "members.csv");
        return client.PostAsync("/api/v1/members/import?dryRun=true", content);
    }
}
