using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.UnitTests.Conventions;

/// <summary>The shape every slice keeps: one static class per use case holding its message, validator and handler.</summary>
public sealed class SliceConventionTests
{
    private static readonly Type[] CoreTypes = typeof(AppDbContext).Assembly.GetTypes();

    private static readonly Type[] Commands = CoreTypes.Where(t => !t.IsAbstract && typeof(IBaseCommand).IsAssignableFrom(t)).ToArray();

    private static readonly Type[] Queries = CoreTypes.Where(t => !t.IsAbstract && typeof(IBaseQuery).IsAssignableFrom(t)).ToArray();

    [Fact]
    public void EveryCommand_HasAValidator()
    {
        Assert.NotEmpty(Commands);
        var validated = CoreTypes
            .SelectMany(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>) ? [b.GetGenericArguments()[0]] : Array.Empty<Type>())
            .ToHashSet();

        Assert.All(Commands, command => Assert.True(validated.Contains(command), $"{command.FullName} has no validator"));
    }

    [Fact]
    public void EveryMessage_LivesInItsSliceWithAHandler()
    {
        var messages = Commands.Concat(Queries).ToArray();
        Assert.NotEmpty(Queries);

        Assert.All(messages, message =>
        {
            var slice = message.DeclaringType;
            Assert.True(slice is { IsAbstract: true, IsSealed: true }, $"{message.FullName} is not nested in a static slice class");
            Assert.StartsWith("GovernanceDialogue.Core.Features.", slice!.Namespace, StringComparison.Ordinal);
            var handler = slice.GetNestedType("Handler");
            Assert.True(handler is { IsSealed: true }, $"{slice.Name} has no sealed Handler");
            Assert.Contains(handler!.GetInterfaces(), i => i.IsGenericType && i.GetGenericArguments()[0] == message);
        });
    }

    [Fact]
    public void EveryMessage_DeclaresItsPermission()
    {
        var messages = Commands.Concat(Queries).ToArray();
        Assert.NotEmpty(messages);

        Assert.All(messages, message => Assert.True(
            typeof(IAuthorized).IsAssignableFrom(message), $"{message.FullName} does not declare its permission (IAuthorized)"));
    }

    [Fact]
    public void EveryPermission_HasARule()
    {
        Assert.All(Enum.GetValues<Permission>(), permission => Assert.True(PermissionMatrix.Rules.ContainsKey(permission), $"{permission} has no rule"));
    }

    [Fact]
    public void Validators_LiveInTheSliceOfTheirMessage()
    {
        var validators = CoreTypes.Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)).ToList();
        Assert.NotEmpty(validators);

        Assert.All(validators, v => Assert.Equal(v.BaseType!.GetGenericArguments()[0].DeclaringType, v.DeclaringType));
    }
}
