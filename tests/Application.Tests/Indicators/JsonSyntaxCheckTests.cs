using System.Text;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Application.Tests.Indicators;

/// <summary>The syntax check of a background job's JSON payload gives the same answer whatever the blocks it arrives in.</summary>
public sealed class JsonSyntaxCheckTests
{
    [Theory]
    [InlineData("{\"dataValues\": [{\"dataElement\": \"JOBS_NEW\", \"value\": 12.5, \"comment\": \"Tăng \\u0111\\u00e1ng k\\u1ec3\"}]}", true)]
    [InlineData("  {\"a\": [1, 2, {\"b\": null}]}  \r\n", true)]
    [InlineData("{\"a\": 1}}", false)]
    [InlineData("{\"a\": 1} {\"b\": 2}", false)]
    [InlineData("{\"a\": [1,]}", false)]
    [InlineData("{\"a\": \"unterminated}", false)]
    [InlineData("{\"a\": 1", false)]
    [InlineData("{'a': 1}", false)]
    [InlineData("\uFEFF{\"a\": 1}", false)]
    public void The_answer_does_not_depend_on_the_block_size(string json, bool readable)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        foreach (var size in new[] { 1, 2, 3, 7, bytes.Length })
        {
            var check = new JsonSyntaxCheck();
            var run = () =>
            {
                for (var at = 0; at < bytes.Length; at += size)
                {
                    check.Append(bytes.AsSpan(at, Math.Min(size, bytes.Length - at)));
                }

                check.Complete();
            };

            if (readable)
            {
                Should.NotThrow(run, $"blocks of {size}");
            }
            else
            {
                Should.Throw<BadRequestException>(run, $"blocks of {size}").Code.ShouldBe("request.malformed");
            }
        }
    }
}
