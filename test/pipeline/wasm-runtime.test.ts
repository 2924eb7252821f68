import { createWasmRuntime } from '@derma/api/inference';
import { pipelineContractSuite } from './pipeline-contract.case';

pipelineContractSuite('onnxruntime-web WASM (2 threads)', () => createWasmRuntime({ threads: 2 }));
