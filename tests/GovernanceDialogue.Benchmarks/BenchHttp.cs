using System.Net;
using System.Text;

namespace GovernanceDialogue.Benchmarks;

/// <summary>Requests against the in-process app, as the benchmarks time them.</summary>
public static class BenchHttp
{
    /// <summary>GETs a URL and reads the whole body; anything but 200 stops the benchmark (a 404 would time nothing).</summary>
    public static async Task<string> GetAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        return FormattableString.Invariant($"200, {body.Length / 1024.0:0} KiB");
    }
}
