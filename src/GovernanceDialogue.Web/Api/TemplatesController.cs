using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Templates;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Dialogue templates (samtalsmallar): the question sets of the operational dialogues, versioned.</summary>
[Route("api/v1/templates")]
public sealed class TemplatesController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists the templates with their newest questions, the default first.</summary>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The templates.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither an administrator nor a leader of any unit.</response>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<TemplateDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<IReadOnlyList<TemplateDto>> List(CancellationToken cancellationToken) =>
        await sender.Send(new ListTemplates.Query(), cancellationToken);

    /// <summary>Creates a template (its version 1); <c>isDefault</c> makes it the one new cycles use.</summary>
    /// <param name="request">Name, questions and whether it becomes the default.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created.</response>
    /// <response code="400">A field is invalid (e.g. two questions with one key, a second goal-assessment question).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    [HttpPost]
    [ProducesResponseType<TemplateDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<TemplateDto>> Create(TemplateRequest request, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new CreateTemplate.Command(request.Name, request.Questions, request.IsDefault), cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = template.Id }, WithETag(template, template.Version));
    }

    /// <summary>Reads a template with its newest questions and the list of its versions.</summary>
    /// <param name="id">The template.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The template; its ETag is what a PUT sends as If-Match.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither an administrator nor a leader of any unit.</response>
    /// <response code="404">No such template.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<TemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<TemplateDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetTemplate.Query(id), cancellationToken);
        return WithETag(template, template.Version);
    }

    /// <summary>
    /// Renames a template and, when the questions changed, starts its next version: dialogues already started keep
    /// theirs. <c>isDefault: true</c> makes it the default (false never removes the role: make another the default).
    /// </summary>
    /// <param name="id">The template.</param>
    /// <param name="request">Name, questions and default flag.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such template.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<TemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<TemplateDto> Update(Guid id, TemplateRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new UpdateTemplate.Command(id, ETag.Required(ifMatch), request.Name, request.Questions, request.IsDefault), cancellationToken);
        return WithETag(template, template.Version);
    }

    /// <summary>Reads one version of a template, exactly as the dialogues that use it ask their questions.</summary>
    /// <param name="id">The template.</param>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The version.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither an administrator nor a leader of any unit.</response>
    /// <response code="404">No such template or version.</response>
    [HttpGet("{id:guid}/versions/{number:int}")]
    [ProducesResponseType<TemplateVersionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<TemplateVersionDto> Version(Guid id, int number, CancellationToken cancellationToken) =>
        await sender.Send(new GetTemplateVersion.Query(id, number), cancellationToken);
}

/// <summary>A template: its name, its questions (key, kind, Swedish text, optional English text and help) and whether it is the default.</summary>
public sealed record TemplateRequest(string Name, IReadOnlyList<TemplateQuestion> Questions, bool IsDefault);
