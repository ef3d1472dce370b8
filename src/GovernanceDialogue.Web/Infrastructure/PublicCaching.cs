using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>Settings of the open data (<c>PublicData:*</c>).</summary>
public sealed class PublicDataOptions
{
    public const string Section = "PublicData";

    public const int DefaultMaxAgeSeconds = 300;

    /// <summary>How long browsers and shared caches may reuse a public answer without asking again (<c>Cache-Control: max-age</c>).</summary>
    public int MaxAgeSeconds { get; set; } = DefaultMaxAgeSeconds;

    /// <summary>The configured max-age; a negative value counts as 0.</summary>
    public static int MaxAge(IConfiguration configuration) =>
        Math.Max(0, configuration.GetValue(Section + ":" + nameof(MaxAgeSeconds), DefaultMaxAgeSeconds));
}

/// <summary>
/// Answers a read with bytes whose strong ETag is a hash of exactly those bytes, so the tag is right whatever the answer
/// is built from, and a client's <c>If-None-Match</c> gets <c>304 Not Modified</c> without a body. Published material
/// goes out with <c>Cache-Control: public, max-age=…</c> (<see cref="PublicDataOptions"/>): it is the same for every
/// caller, so shared caches may keep it. A draft goes out with <c>no-store</c> and no ETag.
/// </summary>
public sealed class PublicCachingResult : IActionResult
{
    private readonly Func<HttpContext, byte[]> render;
    private readonly string contentType;
    private readonly string? fileName;
    private readonly bool shared;

    private PublicCachingResult(Func<HttpContext, byte[]> render, string contentType, string? fileName, bool shared)
    {
        this.render = render;
        this.contentType = contentType;
        this.fileName = fileName;
        this.shared = shared;
    }

    /// <summary>
    /// Published material as JSON, serialised with the API's own JSON settings and, like MVC's JSON output, with
    /// letters such as å, ä and ö written as they are rather than escaped.
    /// </summary>
    public static PublicCachingResult Json<T>(T value) => new(
        context => JsonSerializer.SerializeToUtf8Bytes(value, OutputOptions(context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value)),
        "application/json; charset=utf-8", null, shared: true);

    private static JsonSerializerOptions? outputOptions;

    /// <summary>The API's options as MVC's output formatter uses them (built once: the options are a singleton).</summary>
    private static JsonSerializerOptions OutputOptions(JsonOptions options) =>
        outputOptions ??= options.JsonSerializerOptions.Encoder is null
            ? new JsonSerializerOptions(options.JsonSerializerOptions) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            : options.JsonSerializerOptions;

    /// <summary>Published material as a CSV download.</summary>
    public static PublicCachingResult Csv(byte[] csv, string fileName) => new(_ => csv, CsvWriter.ContentType, fileName, shared: true);

    /// <summary>A draft as a CSV download: for its readers only, never stored by any cache.</summary>
    public static PublicCachingResult PrivateCsv(byte[] csv, string fileName) => new(_ => csv, CsvWriter.ContentType, fileName, shared: false);

    /// <summary>The strong ETag of a body: the first 128 bits of its SHA-256, in hex.</summary>
    public static EntityTagHeaderValue ETagOf(ReadOnlySpan<byte> body) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(body)[..16])}\"");

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var body = render(http);

        if (!shared)
        {
            response.Headers.CacheControl = "no-store";
        }
        else
        {
            var etag = ETagOf(body);
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = $"public, max-age={PublicDataOptions.MaxAge(http.RequestServices.GetRequiredService<IConfiguration>())}";
            // If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x".
            var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        if (fileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }
}
