import { createNodeRuntime } from '@derma/api/inference';
import { pipelineContractSuite } from './pipeline-contract.case';

pipelineContractSuite('onnxruntime-node', () => createNodeRuntime());
