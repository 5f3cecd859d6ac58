package org.lis.support.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents what every API operation may answer besides success, as API.md's conventions say:
 * problem+json errors, and the Idempotency-Key a POST takes. One place, so no controller has to
 * repeat the same annotations.
 */
class ProblemResponsesCustomizer implements OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";

    private static final Map<String, String> ANY_CALL = ordered(
            "400", "Malformed or invalid input; `errors` names the fields",
            "401", "No valid credentials",
            "403", "The caller's role may not do this",
            "404", "Unknown resource",
            "503", "The database is unreachable; see Retry-After");

    private static final Map<String, String> CHANGES = ordered(
            "409", "A business rule refused the request; `code` and `detail` say which",
            "412", "If-Match names a version the resource is no longer at",
            "413", "The body is over 64 KiB",
            "415", "The body is not JSON",
            "422", "The Idempotency-Key was used before with another body");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperationsMap().forEach(ProblemResponsesCustomizer::document));
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ANY_CALL.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
        if (method != PathItem.HttpMethod.GET) {
            CHANGES.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
        }
        operation.setResponses(responses);
        if (method == PathItem.HttpMethod.POST) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("Repeating a POST with the same key and body returns the first response and "
                            + "records nothing new")
                    .schema(new StringSchema()));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema());
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem details");
        schema.addProperty("type", new StringSchema());
        schema.addProperty("title", new StringSchema());
        schema.addProperty("status", new IntegerSchema());
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("code", new StringSchema().description("the business rule, for 409 and some 400"));
        schema.addProperty("errors", new ArraySchema().items(fieldError));
        return schema;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
