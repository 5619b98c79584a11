/**
 */
package org.glossa.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossa.model.Layer#getName <em>Name</em>}</li>
 *   <li>{@link org.glossa.model.Layer#getDescription <em>Description</em>}</li>
 *   <li>{@link org.glossa.model.Layer#isAllowOverlap <em>Allow Overlap</em>}</li>
 *   <li>{@link org.glossa.model.Layer#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.glossa.model.Layer#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.glossa.model.Layer#getLinkTypes <em>Link Types</em>}</li>
 * </ul>
 *
 * @see org.glossa.model.GlossaPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.glossa.model.GlossaPackage#getLayer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.glossa.model.Layer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.glossa.model.GlossaPackage#getLayer_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.glossa.model.Layer#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Allow Overlap</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether spans of this layer in one annotation set may overlap or nest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Overlap</em>' attribute.
	 * @see #setAllowOverlap(boolean)
	 * @see org.glossa.model.GlossaPackage#getLayer_AllowOverlap()
	 * @model default="true"
	 * @generated
	 */
	boolean isAllowOverlap();

	/**
	 * Sets the value of the '{@link org.glossa.model.Layer#isAllowOverlap <em>Allow Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Overlap</em>' attribute.
	 * @see #isAllowOverlap()
	 * @generated
	 */
	void setAllowOverlap(boolean value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossa.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.glossa.model.GlossaPackage#getLayer_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossa.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.glossa.model.GlossaPackage#getLayer_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributes();

	/**
	 * Returns the value of the '<em><b>Link Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossa.model.LinkType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link Types</em>' containment reference list.
	 * @see org.glossa.model.GlossaPackage#getLayer_LinkTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<LinkType> getLinkTypes();

} // Layer
