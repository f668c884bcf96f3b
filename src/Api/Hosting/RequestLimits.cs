using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using PartyCommittee.Api.Errors;

namespace PartyCommittee.Api.Hosting;

/// <summary>
/// Size limits answered as problems the contract documents: a request target (path and query) longer than
/// <see cref="MaxTargetLength"/> characters is 414 <c>request.uri_too_long</c>; a body larger than the endpoint's limit
/// (its own <c>RequestSizeLimit</c>, else <see cref="MaxJsonBodyBytes"/> for JSON and <see cref="MaxFileBodyBytes"/> for multipart uploads) is 413
/// <c>request.too_large</c>. Kestrel's own limits (request line 8 KiB) sit above these, so the API answers first.
/// </summary>
public static class RequestLimits
{
    public const int MaxTargetLength = 4096;
    public const long MaxJsonBodyBytes = 1024 * 1024;
    public const long MaxFileBodyBytes = 30 * 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.PathBase.Value?.Length + request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetLength)
        {
            await WriteAsync(context, StatusCodes.Status414UriTooLong, "request.uri_too_long", MaxTargetLength);
            return;
        }

        if (context.GetEndpoint()?.Metadata is { } metadata && metadata.GetMetadata<IAcceptsMetadata>() is { } accepts)
        {
            // An endpoint's own limit (the member import: its file limit plus the multipart envelope) wins over the defaults.
            var limit = metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? (accepts.ContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) ? MaxFileBodyBytes : MaxJsonBodyBytes);
            if (request.ContentLength > limit)
            {
                await WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request.too_large", limit);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
            else if (request.ContentLength is null)
            {
                request.Body = new LimitedReadStream(request.Body, limit);
            }
        }

        await next(context);
    });

    private static Task WriteAsync(HttpContext context, int status, string code, long limit) =>
        context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(ProblemFactory.Create(context, status, code, null, [limit])).AsTask();

    /// <summary>A request body without Content-Length, cut off with a 413 once it passes the limit.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int bytes)
        {
            read += bytes;
            return read > limit
                ? throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)
                : bytes;
        }
    }
}
