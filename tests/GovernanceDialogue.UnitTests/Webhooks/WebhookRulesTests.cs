using System.Net;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Webhooks;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.UnitTests.Webhooks;

/// <summary>The SSRF guard's address rules, the backoff, the signature format and the webhooks token scope.</summary>
public sealed class WebhookRulesTests
{
    private static WebhookTargetGuard Guard(params string[] allowed) => new(Options.Create(new WebhookOptions { AllowedPrivateNetworks = [.. allowed] }));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.20.30.40")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void APrivateLoopbackOrLinkLocalAddress_IsRefused(string address) => Assert.False(Guard().IsAllowed(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("2a00:1450:4001::1")]
    public void APublicAddress_IsAllowed(string address) => Assert.True(Guard().IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public void AnAllowedPrivateNetwork_IsAllowed_AndOnlyThatOne()
    {
        var guard = Guard("10.20.0.0/16");

        Assert.True(guard.IsAllowed(IPAddress.Parse("10.20.1.2")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("10.21.1.2")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("127.0.0.1")));
    }

    [Theory]
    [InlineData("https://hooks.example.org/gd", true)]
    [InlineData("http://hooks.example.org:8080/gd?x=1", true)]
    [InlineData("ftp://hooks.example.org/gd", false)]
    [InlineData("https://user:pw@hooks.example.org/gd", false)]
    [InlineData("hooks.example.org/gd", false)]
    [InlineData("", false)]
    public void OnlyAbsoluteHttpUrlsWithoutCredentials_AreTargets(string url, bool accepted) => Assert.Equal(accepted, WebhookTargetGuard.Parse(url).Uri is not null);

    [Fact]
    public void Failures_AreRetriedWithExponentialBackoff_UntilTheLastAttempt()
    {
        Assert.Equal([1, 2, 4, 8, 16], Enumerable.Range(1, 5).Select(n => WebhookDelivery.Backoff(n).TotalMinutes));
    }

    [Fact]
    public void TheSignature_IsHexHmacSha256OfTimestampDotBody()
    {
        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        var signature = WebhookSender.Signature("whsec_test", DateTimeOffset.FromUnixTimeSeconds(1700000000), "{\"a\":1}");

        Assert.Equal("t=1700000000,v1=" + Expected, signature);
    }

    [Fact]
    public void TheWebhooksScope_AllowsManagingWebhooks_AndNothingElse()
    {
        var withScope = PermissionMatrix.Rules.Where(r => r.Value.Token.HasFlag(TokenScopes.Webhooks)).Select(r => r.Key).ToList();

        Assert.Equal([Permission.ManageWebhooks], withScope);
        Assert.Equal([Role.Administrator], PermissionMatrix.For(Permission.ManageWebhooks).Global);
        Assert.Empty(PermissionMatrix.For(Permission.ManageWebhooks).Scoped);
    }

    private const string Expected = "38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";

    [Fact]
    public void TheDispatchAfterACommit_IsNeverRetried_AndGivesUpAtOnceWhileAnotherRuns()
    {
        var job = Hangfire.Common.Job.FromExpression<Core.Jobs.DispatchWebhooksSoonJob>(j => j.RunAsync(CancellationToken.None));
        var filters = Hangfire.Common.JobFilterProviders.Providers.GetFilters(job).Select(f => f.Instance).ToList();

        var retry = Assert.Single(filters.OfType<Hangfire.AutomaticRetryAttribute>());
        Assert.Equal((0, Hangfire.AttemptsExceededAction.Delete), (retry.Attempts, retry.OnAttemptsExceeded));
        Assert.Single(filters.OfType<Hangfire.DisableConcurrentExecutionAttribute>());
        // The recurring dispatcher keeps the retries of every job.
        var recurring = Hangfire.Common.Job.FromExpression<Core.Jobs.DispatchWebhooksJob>(j => j.RunAsync(CancellationToken.None));
        Assert.Equal(5, Assert.Single(Hangfire.Common.JobFilterProviders.Providers.GetFilters(recurring).Select(f => f.Instance).OfType<Hangfire.AutomaticRetryAttribute>()).Attempts);
    }
}
