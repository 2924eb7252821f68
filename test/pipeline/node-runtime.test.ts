import { createNodeRuntime } from '@derma/api/inference';
import { faceKeypointsSuite } from './face-keypoints.case';
import { pipelineContractSuite } from './pipeline-contract.case';

pipelineContractSuite('onnxruntime-node', () => createNodeRuntime());
faceKeypointsSuite('onnxruntime-node', () => createNodeRuntime());
