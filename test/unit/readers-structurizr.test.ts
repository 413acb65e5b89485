/**
 * Structurizr DSL fences (parse/diagrams.ts): an element's strings are one label (its description beside its
 * technology), a relationship labels the edge into its destination, and in an element's block the `technology`
 * line is the scope of its `description`. Views and comments are not read. Workspaces written for these tests.
 */
import { strict as assert } from 'node:assert';
import { diagramLabels } from '../../server/src/engine/parse/diagrams';
import { fence, flagged } from './helpers/fence-findings';

const code = `workspace "Orders" {
  model {
    orders = softwareSystem "Orders" {
      worker = container "Worker" "Processes orders; 30 min timeout" "AWS Lambda"
      api = container "API" {
        description "Serves the site; 20 min timeout"
        technology "AWS Lambda"
      }
      q = container "Queue" "Holds orders" "Amazon SQS"
      worker -> q "Reads orders, kept 20 days" "HTTPS"
      // a comment: Lambda 45 min timeout
    }
  }
  views {
    container orders "Containers_45_min" {
      include *
    }
  }
}`;

describe('readers: Structurizr DSL', () => {
  it('reads element strings, relationship labels and block descriptions under their technology', () => {
    const labels = diagramLabels(code, 'structurizr') ?? [];
    assert.deepEqual(
      labels.map((l) => [l.kind, code.slice(l.start, l.end)]),
      [
        ['node', 'Orders'],
        ['node', 'Worker" "Processes orders; 30 min timeout" "AWS Lambda'],
        ['node', 'API'],
        ['note', 'Serves the site; 20 min timeout'],
        ['node', 'AWS Lambda'],
        ['node', 'Queue" "Holds orders" "Amazon SQS'],
        ['edge', 'Reads orders, kept 20 days" "HTTPS'],
      ],
    );
    assert.deepEqual(flagged(fence('structurizr', code)), ['lambda-timeout: 30 min', 'lambda-timeout: 20 min', 'sqs-retention: 20 days']);
  });

  it('knows a workspace in an unmarked or dsl fence by its first word, and leaves other fences alone', () => {
    assert.equal(diagramLabels(code, '')?.length, 7);
    assert.equal(diagramLabels(code, 'dsl')?.length, 7);
    assert.equal(diagramLabels('pipeline {\n  container "x" "30 min timeout" "AWS Lambda"\n}', 'groovy'), undefined);
    assert.equal(diagramLabels('container "x" "30 min timeout" "AWS Lambda"', 'dsl'), undefined);
  });
});
