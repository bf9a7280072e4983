// Caremode's elements, their attributes, properties and events in JSX.
import type {} from '@caremode/react/jsx';
